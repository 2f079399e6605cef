#include "checks/JenkinsProbe.h"

#include "sources/HttpFetcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck {

JenkinsProbe::JenkinsProbe(CheckDefinition check, const Clock& clock, QObject* parent)
    : CheckProbe(std::move(check), clock, parent)
{}

JenkinsProbe::~JenkinsProbe() = default;

ProbeResult JenkinsProbe::fromJson(const QByteArray& json, bool* building)
{
    ProbeResult r;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        r.message = tr("the answer is not Jenkins's build JSON (%1)")
                        .arg(err.error != QJsonParseError::NoError ? err.errorString() : tr("not an object"));
        return r;
    }
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("number")).isDouble()) {
        r.message = tr("the answer is not Jenkins's build JSON (no build number)");
        return r;
    }
    const int number = o.value(QLatin1String("number")).toInt();
    r.value = number;
    if (building)
        *building = o.value(QLatin1String("building")).toBool(false);
    const QString result = o.value(QLatin1String("result")).toString();
    const QString name = o.value(QLatin1String("fullDisplayName")).toString();
    const QString label = name.isEmpty() ? QStringLiteral("#%1").arg(number) : name;
    if (result == QLatin1String("SUCCESS"))
        r.status = CheckStatus::Ok;
    else if (result == QLatin1String("UNSTABLE") || result == QLatin1String("ABORTED"))
        r.status = CheckStatus::Warning;
    else if (result == QLatin1String("FAILURE"))
        r.status = CheckStatus::Critical;
    else
        r.status = CheckStatus::Unknown;
    r.message = result.isEmpty() ? tr("%1: no result yet").arg(label) : tr("%1: %2").arg(label, result);
    return r;
}

void JenkinsProbe::start(const QString&)
{
    const QString base = param("url");
    const QString job = param("job");
    if (base.isEmpty() || job.isEmpty())
        return finish(CheckStatus::Unknown, tr("a Jenkins check needs a url and a job"));
    if (!m_fetcher)
        m_fetcher = new HttpFetcher(this);
    fetch(QStringLiteral("lastBuild"));
}

void JenkinsProbe::fetch(const QString& build)
{
    QString path = param("url");
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QString& part : param("job").split(u'/', Qt::SkipEmptyParts))
        path += QStringLiteral("/job/") + QString::fromLatin1(QUrl::toPercentEncoding(part));
    FetchRequest req;
    req.url = QUrl(path + u'/' + build + QStringLiteral("/api/json"));
    req.timeoutMs = timeoutMs();
    req.maxBytes = 4 * 1024 * 1024;
    req.accept = QByteArrayLiteral("application/json");
    const QString user = param("user");
    if (!user.isEmpty())
        req.authorization = "Basic " + (user + u':' + m_password).toUtf8().toBase64();
    const quint64 generation = ++m_generation;
    m_fetcher->fetch(req, [this, generation, build](Result<FetchResponse> res) {
        if (generation != m_generation)
            return;
        if (!res.ok())
            return finish(CheckStatus::Unknown, res.error().message);
        bool building = false;
        ProbeResult r = fromJson(res->body, &building);
        if (building && build == QLatin1String("lastBuild"))
            return fetch(QStringLiteral("lastCompletedBuild"));
        finish(std::move(r));
    });
}

void JenkinsProbe::abort()
{
    ++m_generation; // a fetch still running calls back into nothing
}

} // namespace opsdeck
