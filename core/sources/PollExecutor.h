#pragma once

#include "metrics/Sample.h"
#include "sources/PollOutcome.h"
#include "sources/Source.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace opsdeck {

class HttpFetcher;
class SecretProvider;
class SshSourcePoller;

// Where polled samples go (MetricStore::append in the app; a counter in benchmarks).
using SampleSink = std::function<Status(const SampleBatch&)>;

// Polls one target of one source: reads the secret if the source has one, fetches,
// decodes, hands the samples to the sink. Lives on the polling thread.
class PollExecutor : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 maxBytes = 16 * 1024 * 1024;
    };

    PollExecutor(SampleSink sink, SecretProvider* secrets, const Clock& clock, const Options& options,
                 QObject* parent = nullptr);
    PollExecutor(SampleSink sink, SecretProvider* secrets, const Clock& clock, QObject* parent = nullptr)
        : PollExecutor(std::move(sink), secrets, clock, Options{}, parent)
    {}

    using Callback = std::function<void(PollOutcome)>;
    // `done` runs once, later, on this object's thread.
    void poll(const Source& source, const PollTarget& target, Callback done);

    // Forgets secrets read so far (after the operator changed one).
    void clearSecrets() { m_secretCache.clear(); }

    HttpFetcher& fetcher() const { return *m_fetcher; }

    // Where `ssh` sources run their command (not owned; null: they fail with a reason).
    void setSshPoller(SshSourcePoller* poller) { m_ssh = poller; }

private:
    void pollOverSsh(const Source& source, PollOutcome outcome, Callback done);
    void fetchWith(const Source& source, const PollTarget& target, const QByteArray& authorization,
                   PollOutcome outcome, Callback done);

    SampleSink m_sink;
    SecretProvider* m_secrets;
    const Clock& m_clock;
    Options m_options;
    HttpFetcher* m_fetcher;
    SshSourcePoller* m_ssh = nullptr;
    QHash<QString, QString> m_secretCache; // entry name -> secret, for this process only
};

} // namespace opsdeck
