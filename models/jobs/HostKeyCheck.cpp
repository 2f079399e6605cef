#include "jobs/HostKeyCheck.h"

#include "ssh/HostKeyProbe.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QSet>

namespace opsdeck {
namespace {
constexpr int maxInFlight = 8; // handshakes at once: the check is quick, the CPU small
} // namespace

HostKeyCheck::HostKeyCheck(ssh::KnownHostsStore& store, QObject* parent)
    : QObject(parent), m_store(store), m_engine(std::make_unique<ssh::SshEngine>(store, nullptr, 1))
{}

HostKeyCheck::~HostKeyCheck() = default;

void HostKeyCheck::check(const QList<ssh::SshTarget>& targets)
{
    QSet<QString> seen;
    for (const ssh::SshTarget& t : targets) {
        const QString key = t.host + QLatin1Char(':') + QString::number(t.port);
        if (!seen.contains(key)) {
            seen.insert(key);
            m_queue << t;
        }
    }
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(this, &HostKeyCheck::finished, Qt::QueuedConnection);
        return;
    }
    startNext();
}

void HostKeyCheck::startNext()
{
    while (m_inFlight < maxInFlight && !m_queue.isEmpty()) {
        const ssh::SshTarget target = m_queue.takeFirst();
        auto* probe = new ssh::HostKeyProbe(*m_engine, this);
        ++m_inFlight;
        connect(probe, &ssh::HostKeyProbe::done, this, [this, probe, target](const ssh::SshError& e) {
            if (e.kind == ssh::SshFailure::HostKeyUnknown)
                m_unknown << Finding{target, e};
            else if (e.kind == ssh::SshFailure::HostKeyChanged || e.kind == ssh::SshFailure::HostKeyRevoked)
                m_refused << Finding{target, e};
            else if (!e.ok())
                m_unreachable << Finding{target, e};
            probe->deleteLater();
            --m_inFlight;
            ++m_done;
            if (m_inFlight == 0 && m_queue.isEmpty())
                emit finished();
            else
                startNext();
        });
        ssh::SshOptions options;
        options.allowPassword = false; // the key is checked before authentication
        options.connectTimeoutMs = 10000;
        probe->probe(target, options);
    }
}

Status HostKeyCheck::accept(ssh::KnownHostsStore& store, const QList<Finding>& unknown)
{
    for (const Finding& f : unknown)
        if (Status s = store.accept(f.target.host, f.target.port, f.error.hostKey); !s.ok())
            return s;
    return {};
}

} // namespace opsdeck
