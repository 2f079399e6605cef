#include "inventory/MachineDetailsPane.h"

#include "inventory/AsyncLoad.h"
#include "inventory/AuditModel.h"
#include "inventory/InventoryReader.h"
#include "inventory/UnitsModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace opsdeck {

namespace {

struct Details
{
    Machine machine;
    QList<MachineMetaEntry> meta;
};

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

MachineDetailsPane::MachineDetailsPane(std::shared_ptr<Database> db, QWidget* parent)
    : QWidget(parent), m_db(std::move(db))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("Select a machine to see its details."), this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    m_meta = new QTableWidget(0, 3, this);
    m_meta->setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Source")});
    m_meta->horizontalHeader()->setStretchLastSection(true);
    m_meta->verticalHeader()->hide();
    m_meta->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(m_meta, tr("Meta"));

    m_units = new UnitsModel(m_db, this);
    tabs->addTab(tableFor(m_units, this), tr("Units"));
    m_audit = new AuditModel(m_db, this);
    tabs->addTab(tableFor(m_audit, this), tr("History"));
    connect(m_units, &UnitsModel::loadFailed, this, &MachineDetailsPane::errorOccurred);
    connect(m_audit, &AuditModel::loadFailed, this, &MachineDetailsPane::errorOccurred);
}

void MachineDetailsPane::setMachine(const QString& name)
{
    if (name == m_machine)
        return;
    m_machine = name;
    reload();
}

void MachineDetailsPane::reload()
{
    const quint64 generation = ++m_generation;
    if (m_machine.isEmpty()) {
        m_summary->setText(tr("Select a machine to see its details."));
        m_meta->setRowCount(0);
        return;
    }
    m_units->setScope({}, m_machine);
    AuditQuery q;
    q.entity = QStringLiteral("machine");
    q.entityId = m_machine;
    m_audit->setQuery(q);
    auto db = m_db;
    const QString name = m_machine;
    runAsync<Details>(
        this,
        [db, name]() -> Result<Details> {
            InventoryReader reader(db);
            auto m = reader.machine(name);
            if (!m.ok())
                return m.error();
            if (!m->has_value())
                return Error::notFound(tr("machine '%1' is no longer in the pool").arg(name));
            auto meta = reader.machineMeta(name);
            if (!meta.ok())
                return meta.error();
            return Details{**m, *meta};
        },
        [this, generation](Result<Details> result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_summary->setText(result.error().message);
                m_meta->setRowCount(0);
                if (result.error().code != Error::Code::NotFound)
                    emit errorOccurred(result.error().message);
                return;
            }
            const Machine& m = result->machine;
            QString text =
                tr("<b>%1</b> — %2:%3, user %4<br>state <b>%5</b>, pool %6%7<br>tags: %8<br>nodes: %9<br>"
                   "last seen: %10")
                    .arg(m.name.toHtmlEscaped(), m.address.toHtmlEscaped())
                    .arg(m.port)
                    .arg(m.user.isEmpty() ? tr("(default)") : m.user.toHtmlEscaped(),
                         MachineLifecycle::stateName(m.state), m.pool.toHtmlEscaped(),
                         m.poolStock ? tr(" (pool stock)") : QString(),
                         m.tags.isEmpty() ? tr("none") : m.tags.join(QStringLiteral(", ")).toHtmlEscaped(),
                         m.nodes.isEmpty() ? tr("none") : m.nodes.join(QStringLiteral(", ")).toHtmlEscaped(),
                         m.lastSeen ? QDateTime::fromSecsSinceEpoch(*m.lastSeen).toString(Qt::ISODate)
                                    : tr("never"));
            m_summary->setText(text);
            const auto& meta = result->meta;
            m_meta->setRowCount(int(meta.size()));
            for (int r = 0; r < meta.size(); ++r) {
                m_meta->setItem(r, 0, new QTableWidgetItem(meta[r].key));
                m_meta->setItem(r, 1, new QTableWidgetItem(meta[r].value));
                m_meta->setItem(r, 2, new QTableWidgetItem(meta[r].source));
            }
            emit loaded();
        });
}

} // namespace opsdeck
