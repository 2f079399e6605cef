#include "engine/Engine.h"

namespace opsdeck {

Engine::Engine(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::start(const QString& dbPath, const Options& options)
{
    Q_UNUSED(options);
    auto db = Database::open(dbPath);
    if (!db.ok())
        return db.error();
    return std::unique_ptr<Engine>(new Engine(*db));
}

} // namespace opsdeck
