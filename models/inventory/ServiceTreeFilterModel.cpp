#include "inventory/ServiceTreeFilterModel.h"

#include "inventory/ServiceTreeModel.h"

namespace opsdeck {

ServiceTreeFilterModel::ServiceTreeFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(ServiceTreeModel::NameColumn);
}

void ServiceTreeFilterModel::setFilterText(const QString& text)
{
    setFilterFixedString(text);
}

} // namespace opsdeck
