#include "inventory/InventoryPrompter.h"

#include <QInputDialog>
#include <QMessageBox>

namespace opsdeck {

bool InventoryPrompter::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

std::optional<QString> InventoryPrompter::askText(QWidget* parent, const QString& title, const QString& label,
                                                  const QString& initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QString> InventoryPrompter::askItem(QWidget* parent, const QString& title, const QString& label,
                                                  const QStringList& items, bool editable)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, editable, &ok);
    if (!ok)
        return std::nullopt;
    return item;
}

bool InventoryPrompter::editMachine(QWidget* parent, const MachineSpec& initial, bool editing,
                                    const QStringList& pools, MachineDialog::Submit submit)
{
    MachineDialog dialog(initial, editing, pools, std::move(submit), parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace opsdeck
