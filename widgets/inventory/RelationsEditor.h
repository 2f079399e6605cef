#pragma once

#include <QWidget>

class QAction;
class QTableView;

namespace opsdeck {

class InventoryPrompter;
class InventoryTaskRunner;
class RelationsModel;

// Relations of every service with the downstream endpoints each resolves to now;
// adds unit-level ("needs service B") and service-level ("needs HOST:PORT") relations
// for the service selected in the tree, and removes the selected one.
class RelationsEditor : public QWidget
{
    Q_OBJECT
public:
    RelationsEditor(RelationsModel* model, InventoryTaskRunner* runner, InventoryPrompter* prompter,
                    QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    void setPrompter(InventoryPrompter* prompter) { m_prompter = prompter; }

public slots:
    // The service new relations start from (the tree's selection).
    void setCurrentService(const QString& path, const QString& kind);
    void addNeedsService();
    void addNeedsEndpoint();
    void removeSelected();

private:
    void updateActions();

    RelationsModel* m_model;
    InventoryTaskRunner* m_runner;
    InventoryPrompter* m_prompter;
    QTableView* m_view = nullptr;
    QAction* m_addService = nullptr;
    QAction* m_addEndpoint = nullptr;
    QAction* m_remove = nullptr;
    QString m_service;
};

} // namespace opsdeck
