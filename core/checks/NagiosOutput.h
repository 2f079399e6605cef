#pragma once

#include "checks/CheckTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opsdeck {

// One item of a plugin's performance data: 'label'=value[UOM];[warn];[crit];[min];[max].
// warn and crit are Nagios ranges ("10", "10:", "~:10", "@10:20") and kept as written.
struct NagiosPerfDatum
{
    QString label;
    std::optional<double> value; // none for "U" (the plugin could not tell)
    QString uom;                 // "", "s", "ms", "us", "%", "B", "KB", "MB", "GB", "TB", "c", ...
    QString warning;
    QString critical;
    std::optional<double> min;
    std::optional<double> max;
};

// A Nagios plugin's answer read per the plugin API (monitoring-plugins' guidelines):
// the exit code gives the status (0 ok, 1 warning, 2 critical, 3 unknown, anything else
// unknown), the first line is the status text, and performance data follows a `|` on the
// first line and on the long output's lines from the first later `|` on. Any input is
// accepted: what cannot be read is reported in `perfErrors` and the status still counts.
struct NagiosOutput
{
    CheckStatus status = CheckStatus::Unknown;
    int exitCode = 3;
    QString text;     // the first line's text before `|`, trimmed
    QString longText; // the later lines' text (before their `|`), joined by '\n'
    QList<NagiosPerfDatum> perf;
    QStringList perfErrors; // one line per item that could not be read

    // Bounds against a plugin that prints megabytes: text beyond these is cut.
    static constexpr int maxTextChars = 4096;
    static constexpr int maxLongTextChars = 64 * 1024;
    static constexpr int maxPerfItems = 1000;
    static constexpr int maxPerfErrors = 20;

    static NagiosOutput parse(int exitCode, const QByteArray& output);
    // The status an exit code means (anything but 0..3 is unknown).
    static CheckStatus statusForExitCode(int exitCode);
    // Reads one item ("label=value..."); an error message (translated) when it cannot.
    static std::optional<NagiosPerfDatum> parseDatum(const QString& item, QString* error = nullptr);
    // Reads a line of performance data into `out`, errors into `errors` (bounded as above).
    static void parsePerfLine(const QString& line, QList<NagiosPerfDatum>& out, QStringList& errors);
};

} // namespace opsdeck
