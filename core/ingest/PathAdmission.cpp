#include "ingest/PathAdmission.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <algorithm>

namespace opsdeck {

struct PathAdmission::State
{
    QList<QRegularExpression> whitelist;
    QList<QRegularExpression> blacklist;
    QAtomicInteger<qint64> notWhitelisted = 0;
    QAtomicInteger<qint64> blacklisted = 0;
};

PathAdmission::PathAdmission() : m_state(std::make_shared<State>()) {}

Result<QList<QRegularExpression>> PathAdmission::parseList(QByteArrayView text, const QString& fileName)
{
    QList<QRegularExpression> out;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QRegularExpression re(line);
        if (!re.isValid())
            return Error::usage(QCoreApplication::translate("PathAdmission",
                                                            "%1 line %2: '%3' is not a regular "
                                                            "expression: %4")
                                    .arg(fileName)
                                    .arg(i + 1)
                                    .arg(line, re.errorString()));
        re.optimize();
        out.append(re);
    }
    return out;
}

Result<QList<QRegularExpression>> PathAdmission::readList(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::usage(
            QCoreApplication::translate("PathAdmission", "cannot read %1: %2").arg(path, f.errorString()));
    return parseList(f.readAll(), path);
}

Result<PathAdmission> PathAdmission::fromFiles(const QString& whitelist, const QString& blacklist)
{
    PathAdmission out;
    if (!whitelist.isEmpty()) {
        auto list = readList(whitelist);
        if (!list.ok())
            return list.error();
        out.setWhitelist(*list);
    }
    if (!blacklist.isEmpty()) {
        auto list = readList(blacklist);
        if (!list.ok())
            return list.error();
        out.setBlacklist(*list);
    }
    return out;
}

void PathAdmission::setWhitelist(QList<QRegularExpression> patterns)
{
    m_state->whitelist = std::move(patterns);
}

void PathAdmission::setBlacklist(QList<QRegularExpression> patterns)
{
    m_state->blacklist = std::move(patterns);
}

bool PathAdmission::filters() const
{
    return !m_state->whitelist.isEmpty() || !m_state->blacklist.isEmpty();
}

PathAdmission::Verdict PathAdmission::verdict(const QString& path) const
{
    auto anyMatch = [&path](const QList<QRegularExpression>& list) {
        return std::any_of(list.begin(), list.end(),
                           [&path](const QRegularExpression& re) { return re.match(path).hasMatch(); });
    };
    if (!m_state->whitelist.isEmpty() && !anyMatch(m_state->whitelist))
        return Verdict::NotWhitelisted;
    if (anyMatch(m_state->blacklist))
        return Verdict::Blacklisted;
    return Verdict::Admitted;
}

PathAdmission::Sink PathAdmission::wrap(Sink inner) const
{
    if (!filters())
        return inner;
    return [self = *this, inner = std::move(inner)](const SampleBatch& batch) -> Status {
        SampleBatch kept;
        kept.reserve(batch.size());
        for (const IncomingSample& s : batch) {
            switch (self.verdict(s.key.metric)) {
            case Verdict::Admitted:
                kept.append(s);
                break;
            case Verdict::NotWhitelisted:
                self.m_state->notWhitelisted.fetchAndAddRelaxed(1);
                break;
            case Verdict::Blacklisted:
                self.m_state->blacklisted.fetchAndAddRelaxed(1);
                break;
            }
        }
        return kept.isEmpty() ? Status() : inner(kept);
    };
}

PathAdmission::Counts PathAdmission::counts() const
{
    return {m_state->notWhitelisted.loadRelaxed(), m_state->blacklisted.loadRelaxed()};
}

} // namespace opsdeck
