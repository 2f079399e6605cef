#include "checks/CheckStatusStyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace opsdeck::CheckStatusStyle {

namespace {
// Gives lupdate a context for the words below (CheckStatusStyle::tr).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CheckStatusStyle)
};
} // namespace

std::optional<CheckStatus> displayStatus(const CheckRuntime& r)
{
    switch (r.state) {
    case CheckState::Pending:
        return std::nullopt;
    case CheckState::Passing:
        return CheckStatus::Ok;
    case CheckState::Unknown:
        return CheckStatus::Unknown;
    case CheckState::Failing:
        return r.lastStatus == CheckStatus::Warning ? CheckStatus::Warning : CheckStatus::Critical;
    }
    return std::nullopt;
}

bool isOpenProblem(const CheckRuntime& r, qint64 nowMs)
{
    if (r.state != CheckState::Failing && r.state != CheckState::Unknown)
        return false;
    if (r.acknowledged)
        return false;
    return !(r.silencedUntilMs && *r.silencedUntilMs > nowMs);
}

QColor color(std::optional<CheckStatus> status)
{
    if (!status)
        return QColor(0xb0, 0xb0, 0xb0);
    switch (*status) {
    case CheckStatus::Ok:
        return QColor(0x2e, 0xa0, 0x43);
    case CheckStatus::Warning:
        return QColor(0xe6, 0xb4, 0x00);
    case CheckStatus::Critical:
        return QColor(0xd0, 0x2b, 0x2b);
    case CheckStatus::Unknown:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QIcon icon(std::optional<CheckStatus> status)
{
    static QHash<int, QIcon> cache;
    const int key = status ? int(*status) : -1;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon result;
    for (int size : {16, 22, 32, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = color(status);
        const qreal m = size / 8.0;
        p.setPen(QPen(c.darker(130), std::max(1.0, size / 16.0)));
        p.setBrush(status ? QBrush(c) : QBrush(Qt::NoBrush));
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        p.end();
        result.addPixmap(pm);
    }
    cache.insert(key, result);
    return result;
}

QIcon maintenanceIcon(std::optional<CheckStatus> status)
{
    static QHash<int, QIcon> cache;
    const int key = status ? int(*status) : -1;
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon result;
    const QIcon ring = icon(status);
    for (int size : {16, 22, 32, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setOpacity(0.45);
        ring.paint(&p, QRect(0, 0, size, size));
        p.setOpacity(1.0);
        const qreal bar = std::max(2.0, size / 6.0);
        const qreal h = size * 0.6;
        const qreal top = (size - h) / 2;
        const QColor blue(0x1e, 0x63, 0xc8);
        p.setPen(Qt::NoPen);
        p.setBrush(blue);
        p.drawRect(QRectF(size / 2.0 - 1.5 * bar, top, bar, h));
        p.drawRect(QRectF(size / 2.0 + 0.5 * bar, top, bar, h));
        p.end();
        result.addPixmap(pm);
    }
    cache.insert(key, result);
    return result;
}

QString maintenanceText(const MaintenanceWindow& w)
{
    const QString until = timeText(w.toMs);
    return w.reason.isEmpty() ? Words::tr("in maintenance until %1").arg(until)
                              : Words::tr("in maintenance until %1 (%2)").arg(until, w.reason);
}

QString statusText(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Ok:
        return Words::tr("ok");
    case CheckStatus::Warning:
        return Words::tr("warning");
    case CheckStatus::Critical:
        return Words::tr("critical");
    case CheckStatus::Unknown:
        return Words::tr("unknown");
    }
    return {};
}

QString stateText(CheckState s)
{
    switch (s) {
    case CheckState::Pending:
        return Words::tr("pending");
    case CheckState::Passing:
        return Words::tr("passing");
    case CheckState::Failing:
        return Words::tr("failing");
    case CheckState::Unknown:
        return Words::tr("unknown");
    }
    return {};
}

QString importanceText(Importance i)
{
    switch (i) {
    case Importance::Warning:
        return Words::tr("warning");
    case Importance::Error:
        return Words::tr("error");
    case Importance::Critical:
        return Words::tr("critical");
    }
    return {};
}

QString kindText(CheckKind k)
{
    switch (k) {
    case CheckKind::Metric:
        return Words::tr("metric");
    case CheckKind::Http:
        return Words::tr("HTTP");
    case CheckKind::Tcp:
        return Words::tr("TCP");
    case CheckKind::Jenkins:
        return Words::tr("Jenkins");
    case CheckKind::Nagios:
        return Words::tr("Nagios plugin");
    case CheckKind::Unreachable:
        return Words::tr("unreachable");
    case CheckKind::Lifecycle:
        return Words::tr("lifecycle");
    }
    return {};
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace opsdeck::CheckStatusStyle
