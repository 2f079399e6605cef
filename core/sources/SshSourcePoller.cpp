#include "sources/SshSourcePoller.h"

#include "jobs/HostTargets.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"

#include <QCoreApplication>
#include <QTimer>

namespace opsdeck {

namespace {
const int kStderrKept = 2000; // bytes of stderr quoted in a failed command's error
}

SshSourcePoller::SshSourcePoller(ssh::SshEngine* engine, Resolver resolve, const Options& options,
                                 QObject* parent)
    : QObject(parent), m_engine(engine), m_resolve(std::move(resolve)), m_options(options)
{}

SshSourcePoller::Resolver SshSourcePoller::inventoryResolver(std::shared_ptr<Database> db)
{
    return [targets = HostTargets(std::move(db))](const QString& machine) {
        return targets.byName(machine);
    };
}

ssh::SshEngine& SshSourcePoller::engine()
{
    if (!m_engine) {
        m_ownEngine = std::make_unique<ssh::SshEngine>(ssh::KnownHostsStore::defaultStore());
        m_engine = m_ownEngine.get();
    }
    return *m_engine;
}

SshSourcePoller::~SshSourcePoller()
{
    for (const ssh::SshConnectionPtr& c : std::as_const(m_connections)) {
        QObject::disconnect(c.get(), nullptr, this, nullptr);
        c->close();
    }
}

Result<ssh::SshConnectionPtr> SshSourcePoller::connectionFor(const QString& machine)
{
    if (auto it = m_connections.constFind(machine); it != m_connections.constEnd())
        return *it;
    auto target = m_resolve(machine);
    if (!target.ok())
        return target.error();
    ssh::SshConnectionPtr c = engine().open(*target, m_options.ssh);
    const ssh::SshConnection* raw = c.get();
    connect(raw, &ssh::SshConnection::output, this,
            [this, machine](quint64 step, ssh::SshStream stream, const QByteArray& data) {
                onOutput(machine, step, stream, data);
            });
    connect(raw, &ssh::SshConnection::stepFinished, this,
            [this, machine](quint64 step, const ssh::SshStepResult& r) { onFinished(machine, step, r); });
    connect(raw, &ssh::SshConnection::failed, this, [this, machine, raw] { drop(machine, raw); });
    connect(raw, &ssh::SshConnection::closed, this, [this, machine, raw] { drop(machine, raw); });
    m_connections.insert(machine, c);
    ++m_opened;
    c->start();
    return c;
}

void SshSourcePoller::run(const QString& machine, const QString& command, int timeoutMs, Callback done)
{
    exec(machine, command, timeoutMs, [machine, done = std::move(done)](Result<ExecOutput> r) {
        if (!r.ok())
            return done(r.error());
        if (r->exitStatus == 0)
            return done(std::move(r->out));
        const QByteArray err = r->err.trimmed();
        QString why =
            r->exitSignal.isEmpty()
                ? QCoreApplication::translate("SshSourcePoller", "%1: the command exited with status %2")
                      .arg(machine)
                      .arg(r->exitStatus)
                : QCoreApplication::translate("SshSourcePoller", "%1: the command died of signal %2")
                      .arg(machine, r->exitSignal);
        if (!err.isEmpty())
            why += QStringLiteral(": ") + QString::fromUtf8(err);
        done(Error::failure(why));
    });
}

void SshSourcePoller::exec(const QString& machine, const QString& command, int timeoutMs, ExecCallback done)
{
    auto c = connectionFor(machine);
    if (!c.ok()) {
        Error e = c.error();
        QTimer::singleShot(0, this, [done, e] { done(e); });
        return;
    }
    const quint64 step = (*c)->exec(command);
    Pending p;
    p.machine = machine;
    p.done = std::move(done);
    p.timer = new QTimer(this);
    p.timer->setSingleShot(true);
    connect(p.timer, &QTimer::timeout, this, [this, machine, step, timeoutMs] {
        // A command that hangs leaves the connection in doubt: it is dropped, the next
        // poll connects again.
        const Error e =
            Error::failure(QCoreApplication::translate("SshSourcePoller", "%1: no answer within %2 s")
                               .arg(machine)
                               .arg(timeoutMs / 1000.0));
        if (auto it = m_connections.find(machine); it != m_connections.end()) {
            ssh::SshConnectionPtr dead = *it;
            m_connections.erase(it);
            QObject::disconnect(dead.get(), nullptr, this, nullptr);
            dead->cancel(ssh::SshError::make(ssh::SshFailure::Timeout, e.message));
        }
        finish(machine, step, e);
    });
    p.timer->start(timeoutMs);
    m_pending[machine].insert(step, std::move(p));
}

void SshSourcePoller::onOutput(const QString& machine, quint64 step, ssh::SshStream stream,
                               const QByteArray& data)
{
    auto m = m_pending.find(machine);
    if (m == m_pending.end())
        return;
    auto it = m->find(step);
    if (it == m->end())
        return;
    if (stream == ssh::SshStream::Stderr) {
        if (it->err.size() < kStderrKept)
            it->err += data.left(kStderrKept - it->err.size());
        return;
    }
    if (it->out.size() + data.size() > m_options.maxBytes)
        return finish(machine, step,
                      Error::failure(QCoreApplication::translate("SshSourcePoller",
                                                                 "%1: the command printed more than %2 bytes")
                                         .arg(machine)
                                         .arg(m_options.maxBytes)));
    it->out += data;
}

void SshSourcePoller::onFinished(const QString& machine, quint64 step, const ssh::SshStepResult& result)
{
    auto m = m_pending.find(machine);
    if (m == m_pending.end() || !m->contains(step))
        return;
    if (!result.error.ok())
        return finish(machine, step, result.error.error);
    ExecOutput out;
    out.out = m->value(step).out;
    out.err = m->value(step).err;
    out.exitStatus = result.exitStatus;
    out.exitSignal = result.exitSignal;
    finish(machine, step, std::move(out));
}

void SshSourcePoller::finish(const QString& machine, quint64 step, Result<ExecOutput> result)
{
    auto m = m_pending.find(machine);
    if (m == m_pending.end())
        return;
    auto it = m->find(step);
    if (it == m->end())
        return;
    Pending p = std::move(*it);
    m->erase(it);
    if (m->isEmpty())
        m_pending.erase(m);
    p.timer->stop();
    p.timer->deleteLater(); // may be running its own timeout
    p.done(std::move(result));
}

void SshSourcePoller::drop(const QString& machine, const ssh::SshConnection* which)
{
    auto it = m_connections.find(machine);
    if (it != m_connections.end() && it->get() == which)
        m_connections.erase(it); // the next poll connects again
}

} // namespace opsdeck
