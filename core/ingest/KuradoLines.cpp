#include "ingest/KuradoLines.h"

#include "ingest/ByteScan.h"

#include <QCoreApplication>
#include <cmath>

namespace opsdeck {
namespace {

void fail(ParseReport& r, int lineNo, const char* what)
{
    if (r.errors.size() < ParseReport::kMaxErrors)
        r.addError(lineNo, QCoreApplication::translate("KuradoLines", what));
    else
        ++r.malformed;
}

// True if the field is an IPv4 or IPv6 address's characters (digits, hex, dots, colons)
// with at least one dot or colon — never a metric key, which has letters beyond a-f.
bool looksLikeAddress(QByteArrayView f)
{
    if (f.isEmpty())
        return false;
    bool separator = false;
    for (char c : f) {
        if (c == '.' || c == ':')
            separator = true;
        else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return separator;
}

enum class KeyKind
{
    Metric,
    Meta,
    Warn
};

struct ParsedKey
{
    KeyKind kind = KeyKind::Metric;
    QByteArrayView plugin;
    QByteArrayView name;
    SeriesType type = SeriesType::Gauge;
};

bool takePrefix(QByteArrayView& s, QByteArrayView prefix)
{
    if (!s.startsWith(prefix))
        return false;
    s = s.sliced(prefix.size());
    return true;
}

bool kindPrefix(QByteArrayView& rest, KeyKind& kind)
{
    if (takePrefix(rest, "metrics.")) {
        kind = KeyKind::Metric;
        return true;
    }
    if (takePrefix(rest, "meta.")) {
        kind = KeyKind::Meta;
        return true;
    }
    if (takePrefix(rest, "warn.")) {
        kind = KeyKind::Warn;
        return true;
    }
    return false;
}

ParsedKey parseKey(QByteArrayView key)
{
    ParsedKey k;
    QByteArrayView rest = key;
    if (!kindPrefix(rest, k.kind)) {
        const qsizetype dot = key.indexOf('.');
        QByteArrayView afterPlugin = dot > 0 ? key.sliced(dot + 1) : QByteArrayView();
        if (dot > 0 && kindPrefix(afterPlugin, k.kind)) {
            k.plugin = key.first(dot);
            rest = afterPlugin;
        } else {
            k.kind = KeyKind::Metric; // "metrics." prepended
            rest = key;
        }
    }
    if (k.kind == KeyKind::Metric) {
        static const struct
        {
            QByteArrayView suffix;
            SeriesType type;
        } kTypes[] = {{".gauge", SeriesType::Gauge},
                      {".counter", SeriesType::Counter},
                      {".derive", SeriesType::Derive},
                      {".absolute", SeriesType::Absolute}};
        for (const auto& t : kTypes) {
            if (rest.size() > t.suffix.size() && rest.endsWith(t.suffix)) {
                rest.chop(t.suffix.size());
                k.type = t.type;
                break;
            }
        }
    }
    k.name = rest;
    return k;
}

QString scopedName(const ParsedKey& k, QByteArrayView name)
{
    if (k.plugin.isEmpty() || k.plugin == "base")
        return QString::fromUtf8(name);
    return QString::fromUtf8(k.plugin) + QLatin1Char('.') + QString::fromUtf8(name);
}

} // namespace

KuradoResult parseKuradoLines(QByteArrayView text, const QString& machine, const QString& source,
                              qint64 nowSecs)
{
    KuradoResult result;
    ParseReport& report = result.report;
    ingest::forEachLine(text, [&](int lineNo, QByteArrayView line) {
        if (line.trimmed().isEmpty())
            return;
        QByteArrayView f[4];
        int count = 0;
        qsizetype start = 0;
        for (;;) {
            const qsizetype tab = line.indexOf('\t', start);
            const QByteArrayView field = line.sliced(start, (tab < 0 ? line.size() : tab) - start);
            if (count < 4)
                f[count] = field;
            ++count;
            if (tab < 0)
                break;
            start = tab + 1;
        }
        QByteArrayView ip, key, value, ts;
        if (count == 4) {
            ip = f[0], key = f[1], value = f[2], ts = f[3];
        } else if (count == 3) {
            if (looksLikeAddress(f[0]) && !ingest::parseFloat(f[1]))
                ip = f[0], key = f[1], value = f[2];
            else
                key = f[0], value = f[1], ts = f[2];
        } else if (count == 2) {
            key = f[0], value = f[1];
        } else {
            fail(report, lineNo,
                 QT_TRANSLATE_NOOP("KuradoLines", "expected [ip<TAB>]key<TAB>value<TAB>timestamp"));
            return;
        }
        key = key.trimmed();
        if (key.isEmpty()) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("KuradoLines", "empty key"));
            return;
        }
        bool high = false;
        for (char c : key) {
            const auto u = static_cast<unsigned char>(c);
            if (u <= 0x20 || u == 0x7f) {
                fail(report, lineNo, QT_TRANSLATE_NOOP("KuradoLines", "space or control character in key"));
                return;
            }
            high |= u >= 0x80;
        }
        if (high && !key.isValidUtf8()) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("KuradoLines", "key is not valid UTF-8"));
            return;
        }
        qint64 timestamp = nowSecs;
        ts = ts.trimmed();
        if (!ts.isEmpty()) {
            const std::optional<qint64> t = ingest::parseInt(ts);
            if (!t) {
                fail(report, lineNo, QT_TRANSLATE_NOOP("KuradoLines", "timestamp is not an integer"));
                return;
            }
            timestamp = *t;
        } else if (nowSecs == 0) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("KuradoLines", "missing timestamp"));
            return;
        }
        const ParsedKey k = parseKey(key);
        if (k.name.isEmpty()) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("KuradoLines", "key names no metric"));
            return;
        }
        if (k.kind != KeyKind::Metric) {
            if (!value.isValidUtf8()) {
                fail(report, lineNo, QT_TRANSLATE_NOOP("KuradoLines", "meta value is not valid UTF-8"));
                return;
            }
            const QString name = k.kind == KeyKind::Warn
                                     ? scopedName(k, QByteArray("warn.") + k.name.toByteArray())
                                     : scopedName(k, k.name);
            result.meta.append({name, QString::fromUtf8(value)});
            ++report.accepted;
            return;
        }
        const std::optional<double> v = ingest::parseFloat(value.trimmed());
        if (!v || !std::isfinite(*v)) {
            fail(report, lineNo, QT_TRANSLATE_NOOP("KuradoLines", "value is not a finite number"));
            return;
        }
        IncomingSample s;
        s.key.machine = machine.isEmpty() ? QString::fromUtf8(ip) : machine;
        s.key.metric = scopedName(k, k.name);
        s.key.source = source;
        s.type = k.type;
        s.timestamp = timestamp;
        s.value = *v;
        result.samples.append(std::move(s));
        ++report.accepted;
    });
    return result;
}

} // namespace opsdeck
