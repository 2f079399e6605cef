#include "alerts/TraySettingsDialog.h"

#include "alerts/AlertTray.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSystemTrayIcon>

namespace opsdeck {

TraySettingsDialog::TraySettingsDialog(bool keepDefault, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("traySettingsDialog"));
    setWindowTitle(tr("Tray Settings"));
    m_threshold = new QComboBox(this);
    m_threshold->setObjectName(QStringLiteral("trayImportance"));
    m_threshold->addItem(tr("Warning and above"), int(Importance::Warning));
    m_threshold->addItem(tr("Error and above"), int(Importance::Error));
    m_threshold->addItem(tr("Critical only"), int(Importance::Critical));
    m_keep = new QCheckBox(tr("&Keep running in the tray when the window is closed"), this);
    m_keep->setObjectName(QStringLiteral("keepInTray"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Tray &messages for:"), m_threshold);
    form->addRow(m_keep);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        auto* note = new QLabel(tr("This desktop has no system tray: the window closes as usual and "
                                   "alerts go out as desktop notifications."),
                                this);
        note->setObjectName(QStringLiteral("noTrayNote"));
        note->setWordWrap(true);
        form->addRow(note);
    }
    form->addRow(new QLabel(tr("Webhook, e-mail and quiet hours: opsdeck alert config."), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    setThreshold(AlertTray::threshold());
    setKeepInTray(AlertTray::savedKeepRunning().value_or(keepDefault));
}

Importance TraySettingsDialog::threshold() const
{
    return Importance(m_threshold->currentData().toInt());
}

void TraySettingsDialog::setThreshold(Importance importance)
{
    m_threshold->setCurrentIndex(std::max(0, m_threshold->findData(int(importance))));
}

bool TraySettingsDialog::keepInTray() const
{
    return m_keep->isChecked();
}

void TraySettingsDialog::setKeepInTray(bool keep)
{
    m_keep->setChecked(keep);
}

void TraySettingsDialog::apply() const
{
    AlertTray::setThreshold(threshold());
    AlertTray::setKeepRunning(keepInTray());
}

TraySettingsDialog* TraySettingsDialog::openFor(bool keepDefault, QWidget* parent)
{
    auto* dialog = new TraySettingsDialog(keepDefault, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, dialog, &TraySettingsDialog::apply);
    dialog->open();
    return dialog;
}

} // namespace opsdeck
