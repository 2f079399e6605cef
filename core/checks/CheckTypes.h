#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace opsdeck {

// The kinds of check (issue 11). Each kind keeps its own settings in
// CheckDefinition::params (a JSON object, never a secret); the keys per kind are
// documented in core/checks/README.md.
enum class CheckKind
{
    Metric,      // threshold on a series from any source
    Http,        // URL: status, body regex, response time, certificate expiry
    Tcp,         // connect to host:port
    Jenkins,     // a Jenkins job's last build (JSON API)
    Nagios,      // any Nagios-plugin command, locally or over SSH
    Unreachable, // no data for the stale interval, or no SSH
    Lifecycle    // machine in ERROR_DETECTED
};

enum class Importance
{
    Warning = 1,
    Error = 2,
    Critical = 3
};

// One probe's outcome, in Nagios's order of badness for Ok..Critical. Unknown is
// "could not tell" (a source down, a timeout before any answer).
enum class CheckStatus
{
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3
};

// The state a check is in after its debounce (failuresBefore / passesBefore).
enum class CheckState
{
    Pending, // never run yet
    Passing,
    Failing,
    Unknown
};

// The names stored in the database and printed by the CLI ("metric", "warning", ...).
QString checkKindName(CheckKind k);
std::optional<CheckKind> checkKindFromName(const QString& name);
QString importanceName(Importance i);
std::optional<Importance> importanceFromName(const QString& name);
QString checkStatusName(CheckStatus s);
std::optional<CheckStatus> checkStatusFromName(const QString& name);
QString checkStateName(CheckState s);
std::optional<CheckState> checkStateFromName(const QString& name);
// The worse of two statuses: Critical > Warning > Unknown > Ok.
CheckStatus worse(CheckStatus a, CheckStatus b);
// Nagios exit codes: 0 ok, 1 warning, 2 critical, 3 unknown.
int nagiosExitCode(CheckStatus s);

// What an operator defines: bound to a tree node (applies to every machine under it,
// including those added later) or to one machine, or to neither (a URL, a Jenkins job).
struct CheckDefinition
{
    qint64 id = 0;
    QString name; // unique
    CheckKind kind = CheckKind::Http;
    QString nodePath; // empty when not bound to a node
    QString machine;  // empty when not bound to a machine
    Importance importance = Importance::Error;
    int intervalSecs = 60;
    int failuresBefore = 1;      // consecutive failures before the check counts as failing
    int passesBefore = 1;        // consecutive passes before it counts as recovered
    int allowedHostFailures = 0; // on a node: how many hosts may fail (Cabot)
    bool enabled = true;
    QJsonObject params; // per kind; never a secret (secrets live in the keychain)
    qint64 version = 1;
};

// One run of a probe against one target (a machine, or the check itself when unbound).
struct ProbeResult
{
    CheckStatus status = CheckStatus::Unknown;
    QString message;                    // Nagios's first output line, or our own words
    std::optional<double> value;        // the measured figure, when there is one
    QList<QPair<QString, double>> perf; // performance data (label, value)
    qint64 atMs = 0;
    qint64 elapsedMs = 0;
    // Set (to the source's name) when the result is unknown because the metric source it
    // reads is down: the check goes unknown without a notification of its own and
    // SourceOutage sends one notice for all of them (Cabot #287). Added by the probes work.
    QString sourceDown;
};

// A check's current, debounced state (one row per check and target).
struct CheckRuntime
{
    qint64 checkId = 0;
    QString target; // machine name, or "" for the check as a whole
    CheckState state = CheckState::Pending;
    CheckStatus lastStatus = CheckStatus::Unknown;
    int consecutiveFailures = 0;
    int consecutivePasses = 0;
    int consecutiveUnknowns = 0; // the unknowns among the failures (CheckEvaluator; added by the probes work)
    qint64 sinceMs = 0;          // when `state` was entered
    QString message;
    std::optional<double> value;
    bool acknowledged = false;             // until recovery
    std::optional<qint64> silencedUntilMs; // no notification before this time
};

// A transition of a check's state: what the alert history lists and notifications send.
struct AlertEvent
{
    qint64 id = 0;
    qint64 checkId = 0;
    QString checkName;
    QString target;
    CheckState from = CheckState::Pending;
    CheckState to = CheckState::Pending;
    CheckStatus status = CheckStatus::Unknown;
    Importance importance = Importance::Error;
    qint64 atMs = 0;
    QString message;
    std::optional<double> value;
};

} // namespace opsdeck
