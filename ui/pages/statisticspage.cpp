#include "pages/statisticspage.h"

#include "widgets/glyphicon.h"

namespace youfu::ui {

StatisticsPage::StatisticsPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("statisticsPage"));
}

QIcon StatisticsPage::icon() const
{
    return glyphIcon(QStringLiteral("统"), QColor(QRgb(0x3a6f4e)));
}

} // namespace youfu::ui
