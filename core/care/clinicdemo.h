#pragma once

#include "common/result.h"
#include "security/actor.h"

namespace youfu::core {

class Database;

struct ClinicDemoCounts
{
    int clinics = 0;
    int seen = 0;         // persons seen at the clinics
    int registrySeen = 0; // registry persons recorded with findings
    int applications = 0; // temporary assistance drafted
    int granted = 0;      // of them approved through the whole chain
    int handouts = 0;     // materials handed to townships
    int sessions = 0;     // policy sessions
};

// The demo's free clinic, temporary assistance and publicity (youfuctl demo): one free clinic
// this autumn in a township (about 40 seen, 8 registry persons with findings); temporary
// assistance applications with their reasons, a few approved by the section chief, the
// inspector and the director, one waiting (住房困难, first in the chief's inbox), one draft;
// brochures to every township in spring and three policy sessions. Every write through the
// stores in the users' names; nothing dated after the database's today.
class ClinicDemo
{
public:
    static Result<ClinicDemoCounts> generate(Database& db, const Actor& clerk, const Actor& chief,
                                             const Actor& inspector, const Actor& director);
};

} // namespace youfu::core
