#include "alerts/DesktopNotifier.h"

#include "alerts/AlertMessage.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>

namespace opsdeck {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QDBusConnection bus, QObject* parent)
    : QObject(parent), m_bus(std::move(bus))
{}

bool DesktopNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QDBusConnectionInterface* bus = m_bus.interface();
    return bus->isServiceRegistered(kService).value() ||
           bus->activatableServiceNames().value().contains(kService);
}

QVariantList DesktopNotifier::notifyArguments(const AlertEvent& event)
{
    const AlertMessage::Desktop d = AlertMessage::desktop(event);
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(d.urgency))},
                            {QStringLiteral("category"), QStringLiteral("opsdeck.alert")},
                            {QStringLiteral("desktop-entry"), QStringLiteral("opsdeck")}};
    const int expire = d.urgency == 2 ? 0 : -1;
    const QString icon = event.to == CheckState::Passing ? QStringLiteral("dialog-information")
                                                         : QStringLiteral("dialog-warning");
    return {QStringLiteral("Opsdeck"), uint(0), icon, d.summary, d.body, QStringList(), hints, expire};
}

void DesktopNotifier::send(const AlertEvent& event)
{
    if (!m_bus.isConnected()) { // asyncCall would never finish: answer on the next turn of the loop
        QTimer::singleShot(0, this, [this, event] {
            emit finished(
                event, Error::failure(tr("the desktop notification was not shown: no D-Bus session bus")), 0);
        });
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    call.setArguments(notifyArguments(event));
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 10000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, event] {
        watcher->deleteLater();
        QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError())
            emit finished(event,
                          Error::failure(tr("the desktop notification was not shown: %1 (%2)")
                                             .arg(reply.error().message(), reply.error().name())),
                          0);
        else
            emit finished(event, Status(), reply.value());
    });
}

} // namespace opsdeck
