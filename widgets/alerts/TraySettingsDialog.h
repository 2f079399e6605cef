#pragma once

#include "checks/CheckTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace opsdeck {

// The tray's two settings (QSettings, AlertTray): the least importance whose transitions
// pop a tray message (alerts/trayImportance) and whether closing the window keeps Opsdeck
// running in the tray (alerts/keepInTray). Opens on the saved values; apply() (on OK)
// saves them. The database's notification settings (webhook, e-mail, quiet hours) are
// `opsdeck alert config`'s.
class TraySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `keepDefault`: what the keep-in-tray box shows when nothing was saved (AlertTray's
    // keepsRunningOnClose(), which knows whether checks exist).
    explicit TraySettingsDialog(bool keepDefault, QWidget* parent = nullptr);

    Importance threshold() const;
    void setThreshold(Importance importance);
    bool keepInTray() const;
    void setKeepInTray(bool keep);

    // Saves both (AlertTray::setThreshold, AlertTray::setKeepRunning).
    void apply() const;

    // Opens a dialog (window-modal, deleted on close) that applies itself when accepted.
    static TraySettingsDialog* openFor(bool keepDefault, QWidget* parent);

private:
    QComboBox* m_threshold = nullptr;
    QCheckBox* m_keep = nullptr;
};

} // namespace opsdeck
