#pragma once

#include "db/Database.h"
#include "util/Result.h"

#include <QObject>

#include <memory>

namespace opsdeck {

// Everything one Opsdeck process runs on: the database and the services over it.
// The window and the CLI both start one; nothing in it needs a display.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool startCollector = true; // the local collector, on its own thread
    };

    static Result<std::unique_ptr<Engine>> start(const QString& dbPath, const Options& options);
    static Result<std::unique_ptr<Engine>> start(const QString& dbPath) { return start(dbPath, Options{}); }
    ~Engine() override;

    Database& database() const { return *m_db; }
    std::shared_ptr<Database> sharedDatabase() const { return m_db; }

private:
    explicit Engine(std::shared_ptr<Database> db);

    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
