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

} // namespace

QByteArray formatKuradoDump(const CollectorPass& pass)
{
    const QByteArray ts = QByteArray::number(pass.timestamp);
    QByteArray out;
    out.reserve(64 * (pass.samples.size() + pass.meta.size() + pass.warnings.size()));
    for (const IncomingSample& s : pass.samples) {
        out += "base.metrics.";
        out += oneField(s.key.metric);
        out += '.';
        out += typeSuffix(s.type);
        out += '\t';
        out += formatDumpValue(s.value);
        out += '\t';
        out += ts;
        out += '\n';
    }
    for (const CollectorFact& m : pass.meta) {
        out += "base.meta." + oneField(m.key) + '\t' + oneField(m.value) + '\t' + ts + '\n';
    }
    for (const CollectorFact& w : pass.warnings) {
        out += "base.warn." + oneField(w.key) + '\t' + oneField(w.value) + '\t' + ts + '\n';
    }
    return out;
}

} // namespace opsdeck
