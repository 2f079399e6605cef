// Fuzz target: a Nagios plugin's output (core/checks/NagiosOutput). The first byte is the
// exit code (as a signed byte: -128..127), the rest the plugin's output.
//
// 1. The status is the exit code's (0..3, anything else unknown), whatever the output.
// 2. The bounds hold: status text of one line without `|`, perf items, errors, long text.
// 3. Every datum kept reads back the same when written out again as the plugin API
//    spells it ('label' quoted with '' for a quote, value with its unit, ;warn;crit;min;max).

#include "checks/NagiosOutput.h"

#include <QByteArray>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace opsdeck;

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

QString spell(const NagiosPerfDatum& d)
{
    QString label = d.label;
    label.replace(QLatin1String("'"), QLatin1String("''"));
    return QStringLiteral("'%1'=%2%3;%4;%5;%6;%7")
        .arg(label, d.value ? number(*d.value) : QStringLiteral("U"), d.uom, d.warning, d.critical,
             d.min ? number(*d.min) : QString(), d.max ? number(*d.max) : QString());
}

bool sameBits(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::memcmp(&*a, &*b, sizeof(double)) == 0 || *a == *b;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const int exitCode = size > 0 ? int(int8_t(data[0])) : 0;
    const QByteArray output = size > 1 ? QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1))
                                       : QByteArray();
    const NagiosOutput o = NagiosOutput::parse(exitCode, output);
    if (o.status != NagiosOutput::statusForExitCode(exitCode) || o.exitCode != exitCode)
        std::abort();
    if ((exitCode >= 0 && exitCode <= 3) != (int(o.status) == exitCode))
        std::abort();
    if (o.text.contains(u'\n') || o.text.contains(u'|') || o.text.size() > NagiosOutput::maxTextChars)
        std::abort();
    if (o.perf.size() > NagiosOutput::maxPerfItems || o.perfErrors.size() > NagiosOutput::maxPerfErrors)
        std::abort();
    if (o.longText.size() > NagiosOutput::maxLongTextChars + 1)
        std::abort();
    for (const NagiosPerfDatum& d : o.perf) {
        if (d.label.trimmed().isEmpty())
            std::abort();
        for (const auto& v : {d.value, d.min, d.max})
            if (v && !std::isfinite(*v))
                std::abort();
        QString why;
        const auto again = NagiosOutput::parseDatum(spell(d), &why);
        if (!again || again->label != d.label || !sameBits(again->value, d.value) || again->uom != d.uom ||
            again->warning != d.warning || again->critical != d.critical || !sameBits(again->min, d.min) ||
            !sameBits(again->max, d.max))
            std::abort();
    }
    return 0;
}
