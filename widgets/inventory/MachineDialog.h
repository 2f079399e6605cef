#pragma once

#include "db/RowVersion.h"
#include "inventory/MachineStore.h"
#include "util/Result.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace opsdeck {

class StaleReload;

// Adds a machine or edits one: name, address, port, user, pool, tags. OK hands the spec
// to `submit`, which writes it off the GUI thread and calls back with the store's
// answer; a refusal is shown here and the dialog stays open with what was typed.
// The name of an existing machine is read-only (the store has no rename).
// Editing carries the version the fields were read at (MachineSpec::version): a machine
// changed by another console since is refused with who and when (Error::stale), and
// the dialog stays open offering "Reload", which puts the machine's current values and
// version in the fields; until then what was typed stays.
class MachineDialog : public QDialog
{
    Q_OBJECT
public:
    using Done = std::function<void(const Status&)>;
    using Submit = std::function<void(const MachineSpec&, Done)>;

    MachineDialog(const MachineSpec& initial, bool editing, const QStringList& pools, Submit submit,
                  QWidget* parent = nullptr);

    // What the fields say; nullopt with the error shown when the port is not a number.
    std::optional<MachineSpec> spec();
    QString errorText() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* portEdit() const { return m_port; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* poolBox() const { return m_pool; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QPushButton* reloadButton() const;
    std::optional<qint64> version() const { return m_version; }

public slots:
    void submit();
    // The values of the refused write's machine now (the last Error::stale), into the fields.
    void reload();

private:
    void showError(const QString& message);
    void fill(const MachineSpec& s);
    void reloaded(const QJsonObject& now, qint64 version);

    Submit m_submit;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_port;
    QLineEdit* m_user;
    QComboBox* m_pool;
    QLineEdit* m_tags;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    StaleReload* m_reload;
    std::optional<qint64> m_version;
};

} // namespace opsdeck
