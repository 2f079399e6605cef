#pragma once

#include "db/Database.h"
#include "inventory/InventoryApplier.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace opsdeck {

class MessageBanner;
class ProgressRelay;

// Imports an inventory file (Ansible INI or YAML, ssh_config, CSV, JSON) in two steps:
// Preview parses it and shows the dry-run plan — what will be added, changed and left
// as it is — and Apply writes exactly that in one transaction. Both run off the GUI
// thread; a bad file shows its error (file and line) and imports nothing. Apply shows
// "N of M" rows; Cancel (or closing the dialog) stops it and nothing is written.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

    // "ansible-ini", "ansible-yaml", "ssh-config", "csv", "json".
    static QStringList formats();
    static QString guessFormat(const QString& fileName);
    static Result<InventoryDocument> parse(const QString& format, const QByteArray& bytes,
                                           const QString& fileName);

    void setFile(const QString& path, const QString& format = {});
    const std::optional<ImportPlan>& plan() const { return m_plan; }
    QTreeWidget* changesTree() const { return m_changes; }
    QLabel* summaryLabel() const { return m_summary; }
    MessageBanner* banner() const { return m_banner; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    bool isApplying() const { return m_relay != nullptr; }

public slots:
    void preview();
    void apply();
    void cancelApply();
    void reject() override; // while applying: cancels the import, and stays open until it has ended

signals:
    void previewReady();
    void applied(int changes);
    void failed(const QString& message);

private:
    void showPlan(const ImportPlan& plan);
    void setBusy(bool busy);

    std::shared_ptr<Database> m_db;
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    std::shared_ptr<ProgressRelay> m_relay; // of the running apply
    QLabel* m_summary = nullptr;
    QTreeWidget* m_changes = nullptr;
    MessageBanner* m_banner = nullptr;
    std::optional<ImportPlan> m_plan;
    std::optional<InventoryDocument> m_doc;
};

} // namespace opsdeck
