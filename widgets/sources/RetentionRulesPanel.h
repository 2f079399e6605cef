#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace opsdeck {

class MetricStore;
class RetentionRules;

// The metrics cache's retention rules by metric key (carbon's storage-schemas.conf, as
// `opsdeck metrics retention` edits them): the rules in order, first match wins, and the
// default retention last (read only here). Add puts a rule last (or replaces the rule of
// that name), Remove takes the selected one out; both are checked at once and saved off
// the GUI thread; what went wrong shows in the panel and through failed().
class RetentionRulesPanel : public QGroupBox
{
    Q_OBJECT
public:
    // `store` must outlive the panel (the engine's).
    explicit RetentionRulesPanel(MetricStore& store, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString errorText() const;
    bool isSaving() const { return m_saving; }

public slots:
    void reload();
    void addRule(const QString& name, const QString& pattern, const QString& retentions);
    void removeSelected();

signals:
    void failed(const QString& message);
    void saved(bool ok);

private:
    void showError(const QString& message);
    void save(const RetentionRules& rules, bool clearForm);

    MetricStore& m_store;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_pattern = nullptr;
    QLineEdit* m_retentions = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_error = nullptr;
    bool m_saving = false;
};

} // namespace opsdeck
