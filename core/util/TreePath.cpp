#include "util/TreePath.h"

namespace opsdeck {

QString trimmedTreePath(const QString& text)
{
    QString path = text.trimmed();
    qsizetype begin = 0, end = path.size();
    while (begin < end && path.at(begin) == QLatin1Char('/'))
        ++begin;
    while (end > begin && path.at(end - 1) == QLatin1Char('/'))
        --end;
    return path.sliced(begin, end - begin);
}

} // namespace opsdeck
