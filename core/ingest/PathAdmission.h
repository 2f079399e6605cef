#pragma once

#include "metrics/Sample.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <functional>
#include <memory>

namespace opsdeck {

// Which pushed paths the receiver keeps, as carbon's whitelist.conf and blacklist.conf
// decide (seed 001): one regular expression a line, searched anywhere in the path unless
// anchored (`^test\..*`); blank lines and `#` comments are skipped. A path is admitted when
// the whitelist is empty or one of its patterns matches, and no blacklist pattern matches
// (as carbon: an empty list filters nothing). Refused samples are neither stored nor
// malformed: they are counted as rejected, by reason.
class PathAdmission
{
public:
    enum class Verdict
    {
        Admitted,
        NotWhitelisted,
        Blacklisted,
    };
    struct Counts
    {
        qint64 notWhitelisted = 0;
        qint64 blacklisted = 0;
        qint64 total() const { return notWhitelisted + blacklisted; }
    };
    using Sink = std::function<Status(const SampleBatch&)>;

    PathAdmission();

    // One list file's text; an invalid pattern is a Usage error naming the file and line.
    static Result<QList<QRegularExpression>> parseList(QByteArrayView text, const QString& fileName);
    // Reads and parses a list file (a file that cannot be read is a Usage error too).
    static Result<QList<QRegularExpression>> readList(const QString& path);
    // Both files, either may be empty (no list).
    static Result<PathAdmission> fromFiles(const QString& whitelist, const QString& blacklist);

    void setWhitelist(QList<QRegularExpression> patterns);
    void setBlacklist(QList<QRegularExpression> patterns);
    bool filters() const;

    Verdict verdict(const QString& path) const;

    // A sink that passes the admitted samples of each batch on to `inner` and counts the
    // others; the counts are shared by every copy of this object and safe to read from
    // any thread. Set the lists before wrapping.
    Sink wrap(Sink inner) const;
    Counts counts() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace opsdeck
