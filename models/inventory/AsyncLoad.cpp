#include "inventory/AsyncLoad.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>

namespace opsdeck {

QThreadPool* asyncPool()
{
    static QMutex mutex;
    static QPointer<QThreadPool> pool;
    const QMutexLocker lock(&mutex);
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("opsdeckAsync"));
    }
    return pool;
}

} // namespace opsdeck
