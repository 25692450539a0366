#pragma once

#include "pages/page.h"

namespace youfu::ui {

// 统计: the year's statistics, a table and a chart each, with year and township filters.
class StatisticsPage : public Page
{
    Q_OBJECT
public:
    explicit StatisticsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override { return tr("Statistics"); }
    QIcon icon() const override;
    PageGroup group() const override { return PageGroup::Appraisal; }
};

} // namespace youfu::ui
