#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTableView;

namespace opsdeck {

class AuditModel;

// The audit log with its filters: entity kind, operator, action, and since when.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(AuditModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QComboBox* entityBox() const { return m_entity; }
    QLineEdit* operatorEdit() const { return m_operator; }
    QLineEdit* actionEdit() const { return m_action; }

public slots:
    void applyFilters();

private:
    AuditModel* m_model;
    QComboBox* m_entity = nullptr;
    QLineEdit* m_operator = nullptr;
    QLineEdit* m_action = nullptr;
    QCheckBox* m_useSince = nullptr;
    QDateTimeEdit* m_since = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace opsdeck
