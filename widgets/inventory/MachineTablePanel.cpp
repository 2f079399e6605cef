#include "inventory/MachineTablePanel.h"

#include "inventory/InventoryPrompter.h"
#include "inventory/InventoryTaskRunner.h"
#include "inventory/MachineStore.h"
#include "inventory/MachineTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace opsdeck {

MachineTablePanel::MachineTablePanel(MachineTableModel* model, InventoryTaskRunner* runner,
                                     InventoryPrompter* prompter, QWidget* parent)
    : QWidget(parent), m_model(model), m_runner(runner), m_prompter(prompter)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter machines (name, address, tag, node) — Ctrl+F"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_filter, 3);
    m_state = new QComboBox(this);
    m_state->addItem(tr("Any state"), QString());
    for (MachineState s : MachineLifecycle::allStates)
        m_state->addItem(MachineLifecycle::stateName(s), MachineLifecycle::stateName(s));
    filters->addWidget(m_state, 1);
    m_pool = new QComboBox(this);
    filters->addWidget(m_pool, 1);
    m_tag = new QComboBox(this);
    filters->addWidget(m_tag, 1);
    m_count = new QLabel(this);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(bar);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(MachineTableModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);

    m_addMachine = bar->addAction(tr("Add machine…"), this, &MachineTablePanel::addMachine);
    m_addMachine->setShortcut(QKeySequence::New);
    m_addMachine->setToolTip(tr("Register a new machine in the pool (Ctrl+N)"));
    m_editMachine = bar->addAction(tr("Edit machine…"), this, &MachineTablePanel::editMachine);
    m_editMachine->setShortcut(QKeySequence(Qt::Key_F2));
    m_editMachine->setToolTip(
        tr("Change the address, port, user, pool and tags of the current machine (F2, Return)"));
    for (QAction* a : {m_addMachine, m_editMachine}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    bar->addSeparator();
    for (MachineEvent e : MachineLifecycle::allEvents) {
        if (e == MachineEvent::Add)
            continue;
        auto* a = new QAction(MachineLifecycle::eventName(e), this);
        a->setToolTip(tr("Apply the lifecycle event '%1' to the selected machines")
                          .arg(MachineLifecycle::eventName(e)));
        if (e == MachineEvent::Remove) {
            a->setShortcut(QKeySequence::Delete);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, [this, e] { applyEvent(e); });
        bar->addAction(a);
        addAction(a);
        m_events.insert(int(e), a);
    }
    bar->addSeparator();
    m_setPool = bar->addAction(tr("Set pool…"), this, &MachineTablePanel::setPool);
    m_setTags = bar->addAction(tr("Set tags…"), this, &MachineTablePanel::setTags);
    auto* find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &MachineTablePanel::focusFilter);
    addAction(find);

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_addMachine);
        menu.addAction(m_editMachine);
        menu.addSeparator();
        for (MachineEvent e : MachineLifecycle::allEvents)
            if (QAction* a = m_events.value(int(e)))
                menu.addAction(a);
        menu.addSeparator();
        menu.addAction(m_setPool);
        menu.addAction(m_setTags);
        if (!m_contextActions.isEmpty()) {
            menu.addSeparator();
            menu.addActions(m_contextActions);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_filter, &QLineEdit::textChanged, this, &MachineTablePanel::applyFilters);
    for (QComboBox* c : {m_state, m_pool, m_tag})
        connect(c, &QComboBox::currentIndexChanged, this, &MachineTablePanel::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MachineTablePanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MachineTablePanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) {
                const QString name = i.isValid() ? i.data(MachineTableModel::NameRole).toString() : QString();
                if (name == m_currentName)
                    return; // the same machine again (its row restored after a reload)
                m_currentName = name;
                emit currentMachineChanged(name);
            });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& i) {
        emit machineActivated(i.data(MachineTableModel::NameRole).toString());
        editMachine(); // Return or a double-click edits the machine
    });
    connect(m_model, &MachineTableModel::countsChanged, this, [this](int shown, int total) {
        m_count->setText(shown == total ? tr("%n machine(s)", nullptr, total)
                                        : tr("%1 of %n machine(s)", nullptr, total).arg(shown));
    });
    // A reload resets the model: keep the selection by name across it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelection = selectedNames(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keepSelection.isEmpty() && m_keepSelection.size() <= 1000)
            selectNames(m_keepSelection);
        m_keepSelection.clear();
        if (!m_view->currentIndex().isValid()) // the reset cleared it without a signal
            m_currentName.clear();
        updateActions();
    });
    connect(m_model, &MachineTableModel::loaded, this, &MachineTablePanel::refreshFilterChoices);
    refreshFilterChoices();
    updateActions();
}

void MachineTablePanel::refreshFilterChoices()
{
    auto refill = [](QComboBox* box, const QString& any, const QStringList& items) {
        const QString current = box->currentData().toString();
        QSignalBlocker block(box);
        box->clear();
        box->addItem(any, QString());
        for (const QString& i : items)
            box->addItem(i, i);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_pool, tr("Any pool"), m_model->pools());
    refill(m_tag, tr("Any tag"), m_model->tags());
}

void MachineTablePanel::applyFilters()
{
    MachineQuery q = m_model->query();
    q.text = m_filter->text();
    q.state = MachineLifecycle::stateFromName(m_state->currentData().toString());
    q.pool = m_pool->currentData().toString();
    q.tag = m_tag->currentData().toString();
    m_model->setQuery(q);
}

void MachineTablePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QStringList MachineTablePanel::selectedNames() const
{
    return m_model->namesAt(m_view->selectionModel()->selectedRows());
}

QStringList MachineTablePanel::shownNames() const
{
    QModelIndexList rows;
    rows.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows.append(m_model->index(r, 0));
    return m_model->namesAt(rows);
}

void MachineTablePanel::selectNames(const QStringList& names)
{
    QItemSelection selection;
    for (const QString& n : names)
        if (const int row = m_model->rowOf(n); row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, MachineTableModel::ColumnCount - 1));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
}

void MachineTablePanel::updateActions()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // The events allowed for every selected machine: the intersection, by state.
    bool seen[MachineLifecycle::allStates.size()] = {};
    for (const QModelIndex& i : rows)
        seen[i.data(MachineTableModel::StateRole).toInt()] = true;
    for (MachineEvent e : MachineLifecycle::allEvents) {
        QAction* a = m_events.value(int(e));
        if (!a)
            continue;
        bool allowed = !rows.isEmpty();
        for (MachineState s : MachineLifecycle::allStates)
            if (seen[int(s)] && !MachineLifecycle::apply(s, e).allowed)
                allowed = false;
        a->setEnabled(allowed);
    }
    m_setPool->setEnabled(!rows.isEmpty());
    m_setTags->setEnabled(!rows.isEmpty());
    m_editMachine->setEnabled(m_view->currentIndex().isValid() || !rows.isEmpty());
}

void MachineTablePanel::applyEvent(MachineEvent event)
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    const QString eventName = MachineLifecycle::eventName(event);
    if (event == MachineEvent::Remove &&
        !m_prompter->confirm(
            this, tr("Remove machines"),
            tr("Remove %n machine(s) from the pool? Their bindings and units are deleted too.", nullptr,
               int(names.size()))))
        return;
    m_runner->runWithProgress(tr("%1 on %n machine(s)", nullptr, int(names.size())).arg(eventName),
                              [names, event](const InventoryWriter& w, const ProgressFn& progress) {
                                  MachineStore store(w);
                                  store.setProgress(progress);
                                  return store.transition(names, event);
                              });
}

void MachineTablePanel::setPool()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    const Machine* first = m_model->machineAt(m_view->selectionModel()->selectedRows().value(0).row());
    const auto pool = m_prompter->askItem(
        this, tr("Set pool"), tr("Pool for %n machine(s):", nullptr, int(names.size())),
        m_model->pools().isEmpty() ? QStringList{first ? first->pool : QString()} : m_model->pools(), true);
    if (!pool || pool->trimmed().isEmpty())
        return;
    const QString p = pool->trimmed();
    m_runner->runWithProgress(tr("Moving %n machine(s) to pool %1", nullptr, int(names.size())).arg(p),
                              [names, p](const InventoryWriter& w, const ProgressFn& progress) {
                                  MachineStore store(w);
                                  store.setProgress(progress);
                                  return store.setPool(names, p);
                              });
}

void MachineTablePanel::setTags()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    const Machine* first = m_model->machineAt(m_view->selectionModel()->selectedRows().value(0).row());
    const auto text = m_prompter->askText(
        this, tr("Set tags"), tr("Tags for %n machine(s), comma-separated:", nullptr, int(names.size())),
        first ? first->tags.join(QStringLiteral(", ")) : QString());
    if (!text)
        return;
    QStringList tags;
    for (const QString& t : text->split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            tags << t.trimmed();
    m_runner->runWithProgress(tr("Setting tags on %n machine(s)", nullptr, int(names.size())),
                              [names, tags](const InventoryWriter& w, const ProgressFn& progress) {
                                  MachineStore store(w);
                                  store.setProgress(progress);
                                  return store.setTags(names, tags);
                              });
}

void MachineTablePanel::addMachine()
{
    MachineSpec initial;
    initial.pool = QStringLiteral("default");
    m_prompter->editMachine(
        this, initial, false, m_model->pools(), [this](const MachineSpec& spec, MachineDialog::Done done) {
            m_runner->run(
                tr("Adding machine %1").arg(spec.name),
                [spec](const InventoryWriter& w) { return MachineStore(w).add(spec); }, std::move(done));
        });
}

void MachineTablePanel::editMachine()
{
    QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        current = m_view->selectionModel()->selectedRows().value(0);
    const Machine* m = current.isValid() ? m_model->machineAt(current.row()) : nullptr;
    if (!m)
        return;
    MachineSpec initial;
    initial.name = m->name;
    initial.address = m->address;
    initial.port = m->port;
    initial.user = m->user;
    initial.pool = m->pool;
    initial.tags = m->tags;
    initial.version = m->version; // a machine changed since is refused; the dialog offers to reload
    const QString name = m->name;
    m_prompter->editMachine(this, initial, true, m_model->pools(),
                            [this, name](const MachineSpec& spec, MachineDialog::Done done) {
                                m_runner->run(
                                    tr("Editing machine %1").arg(name),
                                    [name, spec](const InventoryWriter& w) {
                                        return MachineStore(w).edit(name, spec, {}, spec.version);
                                    },
                                    std::move(done));
                            });
}

} // namespace opsdeck
