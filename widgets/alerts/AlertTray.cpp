#include "alerts/AlertTray.h"

#include "alerts/TraySettingsDialog.h"
#include "checks/CheckMonitor.h"
#include "checks/CheckStatusStyle.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace opsdeck {

namespace {
const char* const thresholdKey = "alerts/trayImportance";
const char* const keepKey = "alerts/keepInTray";
constexpr int toolTipProblems = 5;

QString alertKey(const AlertEvent& e)
{
    return QStringLiteral("%1/%2/%3/%4").arg(e.checkId).arg(e.target).arg(int(e.to)).arg(e.atMs);
}
} // namespace

AlertTray::AlertTray(CheckMonitor* monitor, QObject* parent)
    : QObject(parent), m_monitor(monitor), m_tray(new QSystemTrayIcon(this)), m_menu(new QMenu)
{
    setObjectName(QStringLiteral("alertTray"));
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    QAction* show = m_menu->addAction(tr("&Show Alerts"), this, &AlertTray::showRequested);
    show->setObjectName(QStringLiteral("actionTrayShow"));
    m_keep = m_menu->addAction(tr("&Keep Running in the Tray When the Window Is Closed"));
    m_keep->setObjectName(QStringLiteral("actionKeepInTray"));
    m_keep->setCheckable(true);
    connect(m_keep, &QAction::toggled, this, [](bool on) { setKeepRunning(on); });
    m_settings = m_menu->addAction(tr("Tray &Settings…"), this, [this] {
        TraySettingsDialog::openFor(keepRunningByDefault(!m_monitor->snapshot()->rows.empty()), nullptr);
    });
    m_settings->setObjectName(QStringLiteral("actionTraySettings"));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit Opsdeck"), this, &AlertTray::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        const QSignalBlocker block(m_keep);
        m_keep->setChecked(keepsRunningOnClose());
    });
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertTray::showRequested);
    connect(monitor, &CheckMonitor::updated, this, &AlertTray::update);
    connect(monitor, &CheckMonitor::alertsArrived, this, &AlertTray::onAlerts);
    update();
}

QColor AlertTray::color() const
{
    return CheckStatusStyle::color(m_worst);
}

QString AlertTray::toolTip() const
{
    return m_toolTip;
}

void AlertTray::update()
{
    const auto snapshot = m_monitor->snapshot();
    const QList<OpenProblem>& open = snapshot->open;
    QHash<int, int> counts;
    for (const OpenProblem& p : open)
        ++counts[int(p.status)];
    if (!open.isEmpty()) {
        m_worst = open.first().status; // worst first
        QStringList parts;
        for (CheckStatus s : {CheckStatus::Critical, CheckStatus::Warning, CheckStatus::Unknown})
            if (const int n = counts.value(int(s)))
                parts << tr("%1 %2").arg(n).arg(CheckStatusStyle::statusText(s));
        QStringList which;
        for (const OpenProblem& p : open.mid(0, toolTipProblems))
            which << (p.target.isEmpty() ? p.check : tr("%1 %2").arg(p.target, p.check));
        if (open.size() > toolTipProblems)
            which << tr("…");
        m_toolTip = tr("Opsdeck — %1: %2").arg(parts.join(tr(", ")), which.join(tr(", ")));
    } else if (!snapshot->rows.empty()) {
        bool ran = false;
        int quiet = 0;       // failing or unknown, but acknowledged or silenced
        int maintenance = 0; // failing or unknown under a maintenance window
        for (const CheckRow& r : snapshot->rows) {
            ran = ran || (r.def.enabled && r.status.has_value());
            for (const CheckRuntime& t : r.targets) {
                if (!r.def.enabled || (t.state != CheckState::Failing && t.state != CheckState::Unknown))
                    continue;
                if (r.maintenance || snapshot->cover.target(r.def, t.target))
                    ++maintenance;
                else
                    ++quiet;
            }
        }
        m_worst = ran ? std::optional<CheckStatus>(CheckStatus::Ok) : std::nullopt;
        QStringList notes;
        if (quiet > 0)
            notes << tr("%n acknowledged or silenced", nullptr, quiet);
        if (maintenance > 0)
            notes << tr("%n in maintenance", nullptr, maintenance);
        if (!notes.isEmpty())
            m_toolTip = tr("Opsdeck — nothing open; %1").arg(notes.join(tr("; ")));
        else
            m_toolTip = ran ? tr("Opsdeck — every check passes") : tr("Opsdeck — no check has run yet");
    } else {
        m_worst = std::nullopt;
        m_toolTip = tr("Opsdeck — no checks");
    }
    {
        const QSignalBlocker block(m_keep);
        m_keep->setChecked(keepsRunningOnClose());
        m_keep->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    }
    m_tray->setIcon(CheckStatusStyle::icon(m_worst));
    m_tray->setToolTip(m_toolTip);
    // In the tray once checks exist (a console without checks has nothing to say there).
    m_tray->setVisible(QSystemTrayIcon::isSystemTrayAvailable() && !snapshot->rows.empty());
}

void AlertTray::onAlerts(const QList<AlertEvent>& events)
{
    for (const AlertEvent& e : events)
        onAlert(e);
}

void AlertTray::onAlert(const AlertEvent& e)
{
    const bool failing = e.to == CheckState::Failing;
    const bool recovered = e.to == CheckState::Passing && e.from != CheckState::Pending;
    if (!failing && !recovered)
        return;
    if (int(e.importance) < int(threshold()))
        return;
    const auto snapshot = m_monitor->snapshot();
    if (snapshot->isSilenced(e.checkId, e.target) || snapshot->isInMaintenance(e.checkId, e.target))
        return;
    const QString key = alertKey(e);
    if (m_shown.contains(key))
        return;
    if (m_shown.size() > 10000) // a week of a busy fleet: forget, not grow
        m_shown.clear();
    m_shown.insert(key);
    const QString what = e.target.isEmpty() ? e.checkName : tr("%1 on %2").arg(e.checkName, e.target);
    const QString title = failing ? tr("%1 is failing (%2)").arg(what, CheckStatusStyle::statusText(e.status))
                                  : tr("%1 recovered").arg(what);
    const QSystemTrayIcon::MessageIcon icon = !failing ? QSystemTrayIcon::Information
                                              : e.status == CheckStatus::Warning ? QSystemTrayIcon::Warning
                                                                                 : QSystemTrayIcon::Critical;
    if (m_tray->isVisible())
        m_tray->showMessage(title, e.message, icon, 10000);
    emit messageShown(title, e.message);
}

Importance AlertTray::threshold()
{
    const auto i = importanceFromName(QSettings().value(QLatin1String(thresholdKey)).toString());
    return i.value_or(Importance::Warning);
}

void AlertTray::setThreshold(Importance importance)
{
    QSettings().setValue(QLatin1String(thresholdKey), importanceName(importance));
}

std::optional<bool> AlertTray::savedKeepRunning()
{
    const QVariant saved = QSettings().value(QLatin1String(keepKey));
    return saved.isValid() ? std::optional<bool>(saved.toBool()) : std::nullopt;
}

bool AlertTray::keepRunningByDefault(bool checksExist)
{
    return QSystemTrayIcon::isSystemTrayAvailable() && checksExist;
}

bool AlertTray::keepsRunningOnClose() const
{
    if (const auto saved = savedKeepRunning())
        return *saved && QSystemTrayIcon::isSystemTrayAvailable();
    return keepRunningByDefault(!m_monitor->snapshot()->rows.empty());
}

void AlertTray::setKeepRunning(bool keep)
{
    QSettings().setValue(QLatin1String(keepKey), keep);
}

} // namespace opsdeck
