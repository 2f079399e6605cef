#pragma once

#include "inventory/MachineDialog.h"

#include <QString>
#include <QStringList>
#include <optional>

class QWidget;

namespace opsdeck {

// The questions the inventory views ask the operator, behind one small interface so a
// test can answer them (KeePassXC's habit): the default shows QMessageBox/QInputDialog.
class InventoryPrompter
{
public:
    virtual ~InventoryPrompter() = default;
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text);
    // nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                           const QString& initial = {});
    virtual std::optional<QString> askItem(QWidget* parent, const QString& title, const QString& label,
                                           const QStringList& items, bool editable = false);
    // Shows MachineDialog (add, or edit when `editing`); true when it was accepted,
    // that is when `submit` reported success.
    virtual bool editMachine(QWidget* parent, const MachineSpec& initial, bool editing,
                             const QStringList& pools, MachineDialog::Submit submit);
};

} // namespace opsdeck
