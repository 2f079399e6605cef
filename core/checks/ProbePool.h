#pragma once

#include "checks/CheckProbeFactory.h"
#include "checks/CheckTypes.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>

namespace opsdeck {

class CheckProbe;

// The probes of a scheduler, kept from one run of a (check, target) to the next: a
// probe that finished waits here and runs that target again, so its set-up (an HTTP
// check's libcurl handle and options, its compiled body regex) is made once, not every
// interval. A probe is reused only for the definition it was made for (same version and
// params); a changed or removed check gets a new one. The keychain password of an HTTP
// or Jenkins check is asked again before every run, as a new probe would.
//
// Probes are QObjects of the pool's owner's thread; taken ones belong to the caller
// until put() back. Not thread-safe.
class ProbePool
{
public:
    explicit ProbePool(const ProbeServices& services) : m_services(services) {}
    ~ProbePool();
    ProbePool(const ProbePool&) = delete;
    ProbePool& operator=(const ProbePool&) = delete;

    struct Taken
    {
        CheckProbe* probe = nullptr; // null: no probe runs this kind here
        bool reused = false;         // made earlier (its signals are connected already)
    };
    Taken take(const CheckDefinition& check, const QString& target);
    // A probe that finished (not running), back for its next run.
    void put(const CheckDefinition& check, const QString& target, CheckProbe* probe);
    // Frees the waiting probes of (check, target) pairs no longer in `keep`.
    void retain(const QSet<QPair<qint64, QString>>& keep);
    int idle() const { return int(m_idle.size()); }

private:
    struct Idle
    {
        CheckProbe* probe = nullptr;
        qint64 version = 0;
        QJsonObject params;
    };
    static void release(CheckProbe* probe);

    ProbeServices m_services;
    QHash<QPair<qint64, QString>, Idle> m_idle;
};

} // namespace opsdeck
