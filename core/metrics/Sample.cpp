#include "metrics/Sample.h"

namespace opsdeck {

QString seriesTypeName(SeriesType type)
{
    switch (type) {
    case SeriesType::Gauge:
        return QStringLiteral("gauge");
    case SeriesType::Counter:
        return QStringLiteral("counter");
    case SeriesType::Derive:
        return QStringLiteral("derive");
    case SeriesType::Absolute:
        return QStringLiteral("absolute");
    }
    return QStringLiteral("gauge");
}

std::optional<SeriesType> seriesTypeFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("gauge"))
        return SeriesType::Gauge;
    if (n == QLatin1String("counter"))
        return SeriesType::Counter;
    if (n == QLatin1String("derive"))
        return SeriesType::Derive;
    if (n == QLatin1String("absolute"))
        return SeriesType::Absolute;
    return std::nullopt;
}

} // namespace opsdeck
