#pragma once

#include "dashboards/GrafanaImporter.h"
#include "db/Database.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace opsdeck {

// Dashboards > Import from Grafana…: the window's `opsdeck dashboard import --grafana`.
// Reads the file and runs GrafanaImporter over the database's sources off the GUI thread;
// a Grafana datasource it cannot match to one source is asked about (the prompt: which of
// the candidate sources, nullopt to give up), and the import runs again with the answers.
// Ends with imported() (the dashboard to save, a one-line summary and the panels left
// out with their reasons) or failed(); nothing is written until save(), which writes the
// dashboard and the sources the import adds (a source for each query no source polls,
// GrafanaImporter) in one transaction (GrafanaImportWriter) and ends with saved() (the
// sources added named) or failed().
class GrafanaImportFlow : public QObject
{
    Q_OBJECT
public:
    // Which Opsdeck source a Grafana datasource is: one of `u.candidates` (ids) as text,
    // or nullopt when the user gives up. The default asks with a QInputDialog.
    using DatasourcePrompt = std::function<std::optional<QString>(const GrafanaImporter::Unresolved& u)>;

    GrafanaImportFlow(std::shared_ptr<Database> db, QObject* parent = nullptr);
    void setDatasourcePrompt(DatasourcePrompt prompt) { m_prompt = std::move(prompt); }

    // Starts with a file (read here: a dashboard is small) or its text.
    void startFile(const QString& path);
    void start(const QByteArray& json);
    // Saves the last import off the GUI thread (`replace`: over a dashboard of its name).
    void save(bool replace);

signals:
    void imported(const opsdeck::Dashboard& dashboard, const QString& summary, const QStringList& skipped);
    // `details`: the panels left out and the sources added, one a line, under headings.
    void saved(const QString& name, const QString& summary, const QString& details);
    void failed(const QString& message);

private:
    void run();
    void finish(const GrafanaImporter::Outcome& outcome);

    std::shared_ptr<Database> m_db;
    DatasourcePrompt m_prompt;
    QByteArray m_json;
    QHash<QString, QString> m_datasources;             // the answers so far
    std::optional<GrafanaImporter::Outcome> m_pending; // imported, not saved yet
};

} // namespace opsdeck
