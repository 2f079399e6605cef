#pragma once

#include "db/Database.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;
class QTableWidget;

namespace opsdeck {

class AuditModel;
class UnitsModel;

// One machine in full: its address, pool, state, tags and node bindings, the meta the
// collector or an import recorded, its units, and its own audit history.
class MachineDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit MachineDetailsPane(std::shared_ptr<Database> db, QWidget* parent = nullptr);

    QString machine() const { return m_machine; }
    UnitsModel* unitsModel() const { return m_units; }
    AuditModel* auditModel() const { return m_audit; }
    QTableWidget* metaTable() const { return m_meta; }
    QLabel* summaryLabel() const { return m_summary; }

public slots:
    void setMachine(const QString& name); // empty: nothing
    void reload();

signals:
    void loaded();
    void errorOccurred(const QString& message);

private:
    std::shared_ptr<Database> m_db;
    QString m_machine;
    QLabel* m_summary = nullptr;
    QTableWidget* m_meta = nullptr;
    UnitsModel* m_units = nullptr;
    AuditModel* m_audit = nullptr;
    quint64 m_generation = 0;
};

} // namespace opsdeck
