#pragma once

#include "inventory/InventoryPrompter.h"

#include <QList>
#include <QStringList>

namespace opsdeck::test {

// Answers the inventory views' questions from queues and remembers what was asked.
class FakePrompter : public InventoryPrompter
{
public:
    QList<bool> confirms;
    QList<std::optional<QString>> texts; // askText and askItem answers, in order
    QStringList asked;
    QList<MachineSpec> machines;       // editMachine answers: submitted as the dialog's OK would
    QList<Status> machineResults;      // what each submit reported, in order
    QList<MachineSpec> machineInitial; // what each editMachine was shown

    bool confirm(QWidget*, const QString&, const QString& text) override
    {
        asked << text;
        return confirms.isEmpty() ? false : confirms.takeFirst();
    }
    std::optional<QString> askText(QWidget*, const QString&, const QString& label, const QString&) override
    {
        asked << label;
        return texts.isEmpty() ? std::nullopt : texts.takeFirst();
    }
    std::optional<QString> askItem(QWidget*, const QString&, const QString& label, const QStringList&,
                                   bool) override
    {
        asked << label;
        return texts.isEmpty() ? std::nullopt : texts.takeFirst();
    }
    bool editMachine(QWidget*, const MachineSpec& initial, bool, const QStringList&,
                     MachineDialog::Submit submit) override
    {
        machineInitial << initial;
        if (machines.isEmpty())
            return false;
        submit(machines.takeFirst(), [this](const Status& s) { machineResults << s; });
        return true;
    }
};

} // namespace opsdeck::test
