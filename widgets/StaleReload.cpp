#include "StaleReload.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace opsdeck {

StaleReload::StaleReload(QDialogButtonBox* buttons, const QString& toolTip, Apply apply)
    : QObject(buttons), m_apply(std::move(apply))
{
    m_button = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    m_button->setToolTip(toolTip);
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, &StaleReload::reload);
}

void StaleReload::noteResult(const Status& status)
{
    m_stale = status.ok() ? nullptr : status.error().stale;
    m_button->setVisible(bool(m_stale));
}

void StaleReload::reload()
{
    if (!m_stale)
        return;
    const std::shared_ptr<const StaleWrite> stale = std::move(m_stale);
    m_button->hide();
    m_apply(stale->current, stale->version);
}

} // namespace opsdeck
