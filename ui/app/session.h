#pragma once

#include "db/database.h"
#include "security/actor.h"

namespace youfu::ui {

// Who is logged in, on which database. Pages act through it; it is replaced on switch user.
struct Session
{
    core::Database* db = nullptr;
    core::Actor actor;
};

} // namespace youfu::ui
