#pragma once

#include "checks/CheckTypes.h"
#include "util/Result.h"

#include <QDBusConnection>
#include <QObject>
#include <QVariantList>

namespace opsdeck {

// Freedesktop notifications (org.freedesktop.Notifications.Notify on the session bus,
// Qt6::DBus) for a desktop without a system tray. The call is asynchronous; its answer
// (the daemon's notification id, or the D-Bus error) comes back as finished().
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QDBusConnection bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);

    // Is a notification daemon on the bus (the name has an owner, or can be activated)?
    bool isAvailable() const;
    void send(const AlertEvent& event);

    // Notify's eight arguments for `event`: app_name "Opsdeck", replaces_id 0, app_icon,
    // summary, body, actions [], hints {urgency (byte), category "opsdeck.alert"},
    // expire_timeout (-1: the daemon's default; 0, never, for critical failures).
    static QVariantList notifyArguments(const AlertEvent& event);

signals:
    // `id` is the daemon's notification id (0 on an error).
    void finished(const opsdeck::AlertEvent& event, const opsdeck::Status& status, uint id);

private:
    QDBusConnection m_bus;
};

} // namespace opsdeck
