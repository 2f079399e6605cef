#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace opsdeck {

// What a source polls.
enum class SourceKind
{
    NodeExporter,
    Graphite,
    Prometheus,
    OpenTsdb
};
enum class AuthKind
{
    None,
    Basic,
    Bearer
};

QString sourceKindName(SourceKind kind); // "node-exporter", "graphite", ...
std::optional<SourceKind> sourceKindFromName(const QString& name);
// The `source` part of the series keys a kind produces ("node_exporter", "graphite", ...).
QString sourceKindSeriesSource(SourceKind kind);
QString authKindName(AuthKind kind);
std::optional<AuthKind> authKindFromName(const QString& name);

// One configured source (a row of `sources`).
struct Source
{
    qint64 id = 0;
    SourceKind kind = SourceKind::NodeExporter;
    QString url;   // template with {address}, {name}, {port}
    QString query; // backends: passed through
    int stepSecs = 60;
    QString asKey;    // stored metric key; empty: the series' own name
    QString machine;  // bound machine's name, or empty
    QString nodePath; // bound tree node, or empty
    int intervalSecs = 60;
    int timeoutSecs = 10;
    AuthKind auth = AuthKind::None;
    QString authUser;   // basic auth's user name (empty: the secret is "user:password")
    QString secretName; // keychain entry, never the secret itself
    bool enabled = true;

    bool isBackend() const { return kind != SourceKind::NodeExporter; }
};

// One machine a source polls (or none, for a backend bound to no machine).
struct PollTarget
{
    qint64 sourceId = 0;
    QString machine; // name; empty for an unbound backend source
    QString address;
    int port = 0;
};

// What the last polls of one target came to.
enum class TargetState
{
    Ok,
    Stale,
    Down
};
QString targetStateName(TargetState state);
std::optional<TargetState> targetStateFromName(const QString& name);

struct TargetStatus
{
    qint64 sourceId = 0;
    QString machine;
    std::optional<qint64> lastAttempt; // epoch seconds
    std::optional<qint64> lastOk;
    QString lastError;
    int consecutiveFailures = 0;
    int lastSamples = 0;
    int lastMalformed = 0;
    qint64 malformedTotal = 0;
    TargetState state = TargetState::Stale;
};

} // namespace opsdeck
