#include "sources/SourcesView.h"

#include "db/ChangeFeed.h"
#include "engine/Engine.h"
#include "inventory/AsyncLoad.h"
#include "inventory/InventoryPrompter.h"
#include "inventory/InventoryReader.h"
#include "inventory/MessageBanner.h"
#include "sources/PollScheduler.h"
#include "sources/ReceiverPanel.h"
#include "sources/RetentionRulesPanel.h"
#include "sources/SecretWriter.h"
#include "sources/SourceDialog.h"
#include "sources/SourceRepository.h"
#include "sources/SourceStatusWatcher.h"
#include "sources/SourceTableModel.h"
#include "sources/SourceTargetsModel.h"
#include "sources/TargetDetailsPane.h"
#include "team/FeedReloader.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace opsdeck {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

QAction* makeAction(QWidget* owner, QToolBar* bar, const QString& text, const QString& name,
                    const QKeySequence& key, const QString& tip)
{
    auto* a = new QAction(text, owner);
    a->setObjectName(name);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setStatusTip(tip);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    bar->addAction(a);
    owner->addAction(a);
    return a;
}

} // namespace

SourcesView::SourcesView(Engine& engine, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_defaultPrompter(std::make_unique<InventoryPrompter>()),
      m_prompter(m_defaultPrompter.get())
{
    setObjectName(QStringLiteral("sourcesView"));
    m_secrets = new KeychainSecretWriter(this);
    m_sources = new SourceTableModel(engine.sharedDatabase(), this);
    m_targets = new SourceTargetsModel(engine.sharedDatabase(), this);
    m_watcher = new SourceStatusWatcher(1000, this);
    m_watcher->watch(&engine.pollScheduler());
    m_sources->refreshOn(m_watcher);
    m_targets->refreshOn(m_watcher);

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("sourcesToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = makeAction(this, bar, tr("&Add…"), QStringLiteral("actionAddSource"), QKeySequence::New,
                       tr("Add a metric source"));
    m_edit = makeAction(this, bar, tr("&Edit…"), QStringLiteral("actionEditSource"), QKeySequence(Qt::Key_F2),
                        tr("Change the selected source"));
    m_remove = makeAction(this, bar, tr("&Remove"), QStringLiteral("actionRemoveSource"),
                          QKeySequence::Delete, tr("Remove the selected source"));
    m_toggle =
        makeAction(this, bar, tr("Disa&ble"), QStringLiteral("actionToggleSource"),
                   QKeySequence(Qt::CTRL | Qt::Key_E), tr("Stop or resume polling the selected source"));
    connect(m_add, &QAction::triggered, this, &SourcesView::addSource);
    connect(m_edit, &QAction::triggered, this, &SourcesView::editSource);
    connect(m_remove, &QAction::triggered, this, &SourcesView::removeSource);
    connect(m_toggle, &QAction::triggered, this, &SourcesView::toggleEnabled);

    m_banner = new MessageBanner(this);
    m_receiver = new ReceiverPanel(engine, this);
    bar->addSeparator();
    bar->addAction(m_receiver->toggleAction());
    connect(m_receiver, &ReceiverPanel::failed, m_banner, &MessageBanner::showError);

    m_sourceTable = makeTable(this, QStringLiteral("sourceTable"));
    m_sourceTable->setModel(m_sources);
    m_targetTable = makeTable(this, QStringLiteral("targetTable"));
    m_targetTable->setModel(m_targets);
    // Tables on the left, the receiver beside them: the tab stays as short as the others.
    auto* tables = new QSplitter(Qt::Vertical, this);
    tables->setObjectName(QStringLiteral("sourcesSplitter"));
    m_targetDetails = new TargetDetailsPane(m_targets, m_targetTable, this);
    tables->addWidget(m_sourceTable);
    tables->addWidget(m_targetTable);
    tables->addWidget(m_targetDetails);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    tables->setStretchFactor(2, 1);
    auto* retention = new RetentionRulesPanel(engine.metricStore(), this);
    connect(retention, &RetentionRulesPanel::failed, m_banner, &MessageBanner::showError);
    // Tabs, not a stack: the tab stays as short as the others.
    auto* side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("sourcesSide"));
    side->addTab(m_receiver, tr("Receiver"));
    side->addTab(retention, tr("Retention"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tables);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(m_sourceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        if (const qint64 id = selectedSourceId(); id != m_targets->sourceId())
            m_targets->setSourceId(id);
        updateActions();
    });
    connect(m_sourceTable, &QAbstractItemView::doubleClicked, this, &SourcesView::editSource);
    connect(m_sources, &SourceTableModel::loaded, this, [this]() {
        if (m_pendingSelection > 0) {
            selectSource(m_pendingSelection);
            m_pendingSelection = 0;
        } else if (selectedSourceId() == 0 && m_sources->rowCount() > 0) {
            m_sourceTable->selectRow(0);
        }
        m_sourceTable->resizeColumnsToContents();
        updateActions();
    });
    connect(m_sources, &SourceTableModel::loadFailed, this, [this](const QString& message) {
        m_banner->showError(tr("Cannot read the sources: %1").arg(message));
    });
    connect(m_targets, &SourceTargetsModel::loadFailed, this, [this](const QString& message) {
        if (selectedSourceId() > 0)
            m_banner->showError(tr("Cannot read the targets: %1").arg(message));
    });
    connect(m_targets, &SourceTargetsModel::loaded, m_targetTable, &QTableView::resizeColumnsToContents);

    if (const ChangeFeed* feed = m_engine.changeFeed()) { // team mode: another console's sources
        auto* follower = new FeedReloader(feed, {QStringLiteral("source")}, 100, this);
        connect(follower, &FeedReloader::reloadDue, this, [this] {
            m_engine.pollScheduler().reload();
            reload();
            emit sourcesChanged();
        });
    }
    updateActions();
    m_receiver->restore();
    reload();
}

SourcesView::~SourcesView() = default;

void SourcesView::setPrompter(InventoryPrompter* prompter)
{
    m_prompter = prompter ? prompter : m_defaultPrompter.get();
}

void SourcesView::setSecretWriter(SecretWriter* writer)
{
    m_secrets = writer;
}

SourceDialog* SourcesView::dialog() const
{
    return m_dialog.data();
}

QAction* SourcesView::receiverAction() const
{
    return m_receiver->toggleAction();
}

qint64 SourcesView::selectedSourceId() const
{
    const QModelIndexList rows = m_sourceTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(SourceTableModel::SourceIdRole).toLongLong();
}

void SourcesView::selectSource(qint64 id)
{
    const int row = m_sources->rowOfSource(id);
    if (row >= 0)
        m_sourceTable->selectRow(row);
}

void SourcesView::reload()
{
    m_sources->reload();
    m_targets->reload();
}

void SourcesView::updateActions()
{
    const int row = m_sources->rowOfSource(selectedSourceId());
    const SourceSummary* s = m_sources->summaryAt(row);
    m_edit->setEnabled(s != nullptr);
    m_remove->setEnabled(s != nullptr);
    m_toggle->setEnabled(s != nullptr);
    m_toggle->setText(s && !s->source.enabled ? tr("Ena&ble") : tr("Disa&ble"));
}

void SourcesView::addSource()
{
    openDialog(nullptr);
}

void SourcesView::editSource()
{
    const SourceSummary* s = m_sources->summaryAt(m_sources->rowOfSource(selectedSourceId()));
    if (!s)
        return;
    const Source copy = s->source;
    openDialog(&copy);
}

void SourcesView::openDialog(const Source* existing)
{
    if (m_dialog)
        m_dialog->close();
    auto* dialog = new SourceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dialog->setSource(*existing);
    m_dialog = dialog;
    connect(dialog, &SourceDialog::submitted, this, [this, dialog]() { save(dialog); });
    // The machine list for the machine box, off the GUI thread.
    auto db = m_engine.sharedDatabase();
    runAsync<QStringList>(
        dialog,
        [db]() -> Result<QStringList> {
            auto machines = InventoryReader(db).loadAllMachines();
            if (!machines.ok())
                return machines.error();
            QStringList names;
            for (const auto& m : *machines)
                names << m.name;
            names.sort(Qt::CaseInsensitive);
            return names;
        },
        [dialog](Result<QStringList> names) {
            if (names.ok())
                dialog->setMachineNames(*names);
        });
    dialog->open();
}

void SourcesView::save(SourceDialog* dialog)
{
    dialog->setBusy(true);
    const Source source = dialog->source();
    const QString secret = dialog->secret();
    QPointer<SourceDialog> guard(dialog);
    auto db = m_engine.sharedDatabase();
    const qint64 now = m_engine.clock().nowSecs();
    // The database row after the secret is safely in the keychain: a source never points
    // at an entry that was not written.
    auto write = [this, guard, db, source, now]() {
        runAsync<qint64>(
            this,
            [db, source, now]() -> Result<qint64> {
                SourceRepository repo(db);
                if (source.id > 0) {
                    // Based on the version the dialog was filled with: another console's
                    // change since is refused (the dialog offers Reload), not overwritten.
                    if (Status st = repo.update(source, source.stamp.version); !st.ok())
                        return st.error();
                    return source.id;
                }
                return repo.add(source, now);
            },
            [this, guard, edit = source.id > 0](Result<qint64> id) {
                if (!id.ok()) {
                    if (guard)
                        guard->showFailure(id.error());
                    return;
                }
                if (guard)
                    guard->accept();
                saved(*id, edit ? tr("Changed source %1.").arg(*id) : tr("Added source %1.").arg(*id));
            });
    };
    if (source.auth == AuthKind::None || secret.isEmpty()) {
        write();
        return;
    }
    m_secrets->write(source.secretName, secret, [guard, write](Status st) {
        if (!st.ok()) {
            if (guard)
                guard->showError(st.error().message);
            return;
        }
        write();
    });
}

void SourcesView::saved(qint64 id, const QString& message)
{
    m_engine.pollScheduler().reload();
    m_banner->showInfo(message);
    m_pendingSelection = id;
    reload();
    emit sourcesChanged();
}

void SourcesView::removeSource()
{
    const SourceSummary* s = m_sources->summaryAt(m_sources->rowOfSource(selectedSourceId()));
    if (!s)
        return;
    const qint64 id = s->source.id;
    if (!m_prompter->confirm(this, tr("Remove Source"),
                             tr("Remove source %1 (%2, %3)? Its poll status goes with it; the samples it "
                                "stored stay.")
                                 .arg(id)
                                 .arg(sourceKindName(s->source.kind), s->source.url)))
        return;
    auto db = m_engine.sharedDatabase();
    runAsync<QString>(
        this, [db, id]() { return SourceRepository(db).removeReleasingSecret(id); },
        [this, id](Result<QString> released) {
            if (!released.ok()) {
                m_banner->showError(released.error().message);
                return;
            }
            m_targets->setSourceId(0); // it is gone: no "cannot read the targets" for it
            saved(0, tr("Removed source %1.").arg(id));
            if (released->isEmpty())
                return;
            // The last source that used this keychain entry is gone: so goes the secret.
            QPointer<SourcesView> guard(this);
            const QString name = *released;
            m_secrets->remove(name, [guard, id, name](Status st) {
                if (!guard || st.ok())
                    return;
                guard->m_banner->showError(
                    tr("Removed source %1, but its secret '%2' is still in the system keychain: %3. The "
                       "source "
                       "stays removed; delete the entry (service \"opsdeck\") by hand.")
                        .arg(id)
                        .arg(name, st.error().message));
            });
        });
}

void SourcesView::toggleEnabled()
{
    const SourceSummary* s = m_sources->summaryAt(m_sources->rowOfSource(selectedSourceId()));
    if (!s)
        return;
    const qint64 id = s->source.id;
    const bool enable = !s->source.enabled;
    auto db = m_engine.sharedDatabase();
    runAsync<qint64>(
        this,
        [db, id, enable]() -> Result<qint64> {
            if (Status st = SourceRepository(db).setEnabled(id, enable); !st.ok())
                return st.error();
            return id;
        },
        [this, enable](Result<qint64> changed) {
            if (!changed.ok()) {
                m_banner->showError(changed.error().message);
                return;
            }
            saved(*changed, enable ? tr("Source %1 is polled again.").arg(*changed)
                                   : tr("Source %1 is no longer polled.").arg(*changed));
        });
}

} // namespace opsdeck
