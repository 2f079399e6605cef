#pragma once

#include "db/RowVersion.h"
#include "ingest/ParseReport.h"

#include <QJsonArray>
#include <QList>
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
    OpenTsdb,
    Ssh // a command run over SSH (core/sources/SshCollect.h); `query` holds it, empty: /proc
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
    RowStamp stamp; // the version read (get, list), who wrote it and when; add() ignores it

    bool isBackend() const { return kind != SourceKind::NodeExporter && kind != SourceKind::Ssh; }
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

// Malformed lines as JSON, [{"line": N, "reason": "...", "text": "..."}]: the
// `malformed_lines` column and `opsdeck source status --format json` share this shape.
QJsonArray malformedLinesToJson(const QList<MalformedLine>& lines);
QList<MalformedLine> malformedLinesFromJson(const QJsonArray& array);

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
    // From the last answer that was read (a poll that got no answer keeps them):
    QList<MalformedLine> malformedLines; // its last few malformed lines
    int lastSeries = 0;                  // see PollOutcome::series
    int lastMapped = 0;                  // see PollOutcome::mapped
    TargetState state = TargetState::Stale;
};

} // namespace opsdeck
