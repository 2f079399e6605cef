#include "collector/CollectorPass.h"

#include <cmath>

namespace opsdeck {

const IncomingSample* CollectorPass::sample(const QString& metric) const
{
    for (const IncomingSample& s : samples)
        if (s.key.metric == metric)
            return &s;
    return nullptr;
}

int CollectorPass::sampleCount() const
{
    qsizetype n = samples.size();
    for (const PluginPass& p : plugins)
        n += p.samples.size();
    return int(n);
}

QString CollectorPass::metaValue(const QString& key) const
{
    for (const CollectorFact& f : meta)
        if (f.key == key)
            return f.value;
    return {};
}

QByteArray formatDumpValue(double value)
{
    if (std::isfinite(value) && std::fabs(value) < 9007199254740992.0 && value == std::floor(value))
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', 15);
}

namespace {

const char* typeSuffix(SeriesType type)
{
    switch (type) {
    case SeriesType::Gauge:
        return "gauge";
    case SeriesType::Counter:
        return "counter";
    case SeriesType::Derive:
        return "derive";
    case SeriesType::Absolute:
        return "absolute";
    }
    return "gauge";
}

// Tabs and line breaks would break the line format; the agent's values never hold them.
QByteArray oneField(const QString& s)
{
    QByteArray b = s.toUtf8();
    for (char& c : b)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return b;
}

void appendDump(QByteArray& out, const QByteArray& plugin, const QString& metricPrefix,
                const SampleBatch& samples, const QList<CollectorFact>& meta,
                const QList<CollectorFact>& warnings, const QByteArray& ts)
{
    out.reserve(out.size() + 64 * (samples.size() + meta.size() + warnings.size()));
    for (const IncomingSample& s : samples) {
        out += plugin + ".metrics.";
        const QString metric =
            s.key.metric.startsWith(metricPrefix) ? s.key.metric.mid(metricPrefix.size()) : s.key.metric;
        out += oneField(metric);
        out += '.';
        out += typeSuffix(s.type);
        out += '\t';
        out += formatDumpValue(s.value);
        out += '\t';
        out += QByteArray::number(s.timestamp); // a plugin may stamp its own lines
        out += '\n';
    }
    for (const CollectorFact& m : meta)
        out += plugin + ".meta." + oneField(m.key) + '\t' + oneField(m.value) + '\t' + ts + '\n';
    for (const CollectorFact& w : warnings)
        out += plugin + ".warn." + oneField(w.key) + '\t' + oneField(w.value) + '\t' + ts + '\n';
}

} // namespace

QByteArray formatKuradoDump(const CollectorPass& pass)
{
    const QByteArray ts = QByteArray::number(pass.timestamp);
    QByteArray out;
    appendDump(out, "base", QString(), pass.samples, pass.meta, pass.warnings, ts);
    for (const PluginPass& p : pass.plugins)
        appendDump(out, oneField(p.name), p.name + QLatin1Char('.'), p.samples, p.meta, p.warnings, ts);
    return out;
}

} // namespace opsdeck
