#pragma once

#include "checks/CheckProbe.h"

#include <QByteArray>

namespace opsdeck {

class HttpFetcher;

// A Jenkins job's last build (params: url, job, user): GET
// {url}/job/{job}/lastBuild/api/json (a job in folders "a/b" is job/a/job/b). SUCCESS →
// ok, UNSTABLE → warning, FAILURE → critical, ABORTED → warning; a build still running
// is judged by the last completed one (lastCompletedBuild). Anything else, or an answer
// that is not Jenkins's JSON: unknown, with the reason. The value is the build number.
class JenkinsProbe final : public CheckProbe
{
    Q_OBJECT
public:
    JenkinsProbe(CheckDefinition check, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~JenkinsProbe() override;

    void setPassword(const QString& password) { m_password = password; }
    // A lastBuild answer read (exposed for tests); `building` is set when it is running.
    static ProbeResult fromJson(const QByteArray& json, bool* building = nullptr);

protected:
    void start(const QString& target) override;
    void abort() override;

private:
    void fetch(const QString& build);

    HttpFetcher* m_fetcher = nullptr;
    QString m_password;
    quint64 m_generation = 0;
};

} // namespace opsdeck
