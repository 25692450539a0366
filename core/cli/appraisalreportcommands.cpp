// youfuctl appraisal report (issue 16; being built).
#include "cli/clicontext.h"
#include "cli/commands.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::Cli)
};
} // namespace

int cmdAppraisalReport(CliContext& ctx)
{
    return ctx.fail(Tr::tr("this command is not built yet"));
}

} // namespace youfu::core
