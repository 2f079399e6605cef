#include "deploy/ConfigTemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opsdeck {
namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*([^{}\s]*)\s*\}\})"));
    return re;
}

int lineOf(const QString& text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

Error unknownName(const QString& text, const QString& name, qsizetype offset)
{
    return Error::refused(
        QCoreApplication::translate("ConfigTemplate", "the config template uses {{%1}} on line %2, which no "
                                                      "unit has (known: %3)")
            .arg(name)
            .arg(lineOf(text, offset))
            .arg(ConfigTemplate::unitNames().join(QStringLiteral(", ")) + QStringLiteral(", relation.NAME")));
}

} // namespace

QStringList ConfigTemplate::unitNames()
{
    return {QStringLiteral("port"),    QStringLiteral("address"), QStringLiteral("machine"),
            QStringLiteral("service"), QStringLiteral("unit"),    QStringLiteral("unit_id")};
}

QHash<QString, QString> ConfigTemplate::relationValues(const QList<ResolvedRelation>& relations)
{
    QHash<QString, QStringList> lists;
    for (const ResolvedRelation& r : relations) {
        const QString name = r.relation.isUnitLevel() ? r.relation.needs.section(QLatin1Char('/'), -1)
                                                      : QStringLiteral("external");
        QStringList& into = lists[QStringLiteral("relation.") + name];
        for (const QString& e : r.endpoints)
            if (!into.contains(e))
                into << e;
    }
    QHash<QString, QString> out;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it)
        out.insert(it.key(), it.value().join(QLatin1Char(',')));
    return out;
}

QStringList ConfigTemplate::placeholders() const
{
    QStringList out;
    for (auto it = placeholderPattern().globalMatch(m_text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

Status ConfigTemplate::check(const QStringList& known) const
{
    for (auto it = placeholderPattern().globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!known.contains(m.captured(1)))
            return unknownName(m_text, m.captured(1), m.capturedStart());
    }
    return {};
}

Result<QString> ConfigTemplate::render(const QHash<QString, QString>& values) const
{
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(m_text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto v = values.constFind(m.captured(1));
        if (v == values.constEnd())
            return unknownName(m_text, m.captured(1), m.capturedStart());
        out += QStringView(m_text).mid(last, m.capturedStart() - last);
        out += *v;
        last = m.capturedEnd();
    }
    out += QStringView(m_text).mid(last);
    return out;
}

} // namespace opsdeck
