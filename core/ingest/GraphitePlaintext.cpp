#include "ingest/GraphitePlaintext.h"

#include "ingest/ByteScan.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace opsdeck {
namespace {

constexpr qsizetype kMaxPathLength = 1024;

// The line as a person can read it in one line of stderr: at most 120 bytes, control
// characters and bytes that are not UTF-8 written as \xNN.
QString printable(QByteArrayView line)
{
    constexpr qsizetype kShown = 120;
    const QByteArrayView shown = line.first(std::min(line.size(), kShown));
    QString out;
    const QString text = QString::fromUtf8(shown);
    const bool utf8 = shown.isValidUtf8();
    for (qsizetype i = 0; i < (utf8 ? text.size() : shown.size()); ++i) {
        const ushort u = utf8 ? text.at(i).unicode() : static_cast<unsigned char>(shown.at(i));
        if (u < 0x20 || u == 0x7f || (!utf8 && u >= 0x80))
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += utf8 ? text.at(i) : QChar(u);
    }
    if (line.size() > kShown)
        out += QStringLiteral("...");
    return out;
}

void fail(ParseReport& r, int lineNo, const char* what, QByteArrayView line)
{
    if (r.errors.size() < ParseReport::kMaxErrors)
        r.addError(lineNo, QCoreApplication::translate("GraphitePlaintext", what) + QStringLiteral(": ") +
                               printable(line));
    else
        ++r.malformed;
}

} // namespace

PlaintextResult parseGraphitePlaintext(QByteArrayView text, qint64 nowSecs, const QString& source)
{
    PlaintextResult result;
    ParseReport& report = result.report;
    ingest::forEachLine(text, [&](int lineNo, QByteArrayView line) {
        // Split on runs of blanks, as carbon's line.strip().split() does.
        QByteArrayView fields[3];
        int count = 0;
        bool widestGap = false; // a gap of two or more blanks between fields
        const char* p = line.data();
        const char* end = p + line.size();
        while (p < end && ingest::isBlank(*p))
            ++p;
        while (p < end) {
            const char* start = p;
            while (p < end && !ingest::isBlank(*p))
                ++p;
            if (count < 3)
                fields[count] = QByteArrayView(start, p - start);
            ++count;
            const char* gap = p;
            while (p < end && ingest::isBlank(*p))
                ++p;
            if (p < end && p - gap > 1)
                widestGap = true;
        }
        if (count == 0)
            return; // blank line
        if (count > 3) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("GraphitePlaintext", "too many fields"), line);
            return;
        }
        if (count == 1) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("GraphitePlaintext", "missing value"), line);
            return;
        }
        if (count == 2) {
            // "path  1700000000": a value left empty by the sender (an unset shell variable).
            // "path 42": carbon refuses a line without a timestamp, and so do we.
            fail(report, lineNo,
                 widestGap ? QT_TRANSLATE_NOOP("GraphitePlaintext", "empty value")
                           : QT_TRANSLATE_NOOP("GraphitePlaintext", "missing timestamp"),
                 line);
            return;
        }
        const QByteArrayView path = fields[0];
        if (path.size() > kMaxPathLength) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("GraphitePlaintext", "metric path longer than 1024 bytes"),
                 line);
            return;
        }
        bool high = false;
        for (char c : path) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u == 0x7f) {
                fail(report, lineNo,
                     QT_TRANSLATE_NOOP("GraphitePlaintext", "control character in metric path"), line);
                return;
            }
            high |= u >= 0x80;
        }
        if (high && !path.isValidUtf8()) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("GraphitePlaintext", "metric path is not valid UTF-8"),
                 line);
            return;
        }
        const std::optional<double> value = ingest::parseFloat(fields[1]);
        if (!value) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("GraphitePlaintext", "value is not a number"), line);
            return;
        }
        if (!std::isfinite(*value)) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("GraphitePlaintext", "value is not finite"), line);
            return;
        }
        const std::optional<double> ts = ingest::parseFloat(fields[2]);
        if (!ts || !std::isfinite(*ts) || *ts < -1 || *ts > 9.2e15) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("GraphitePlaintext", "timestamp is not a number"), line);
            return;
        }
        const auto whole = static_cast<qint64>(*ts);
        const qint64 timestamp = whole == -1 ? nowSecs : whole;
        IncomingSample s;
        s.key.metric = QString::fromUtf8(path);
        s.key.source = source;
        s.type = SeriesType::Gauge;
        s.timestamp = timestamp;
        s.value = *value;
        result.samples.append(std::move(s));
        ++report.accepted;
    });
    return result;
}

} // namespace opsdeck
