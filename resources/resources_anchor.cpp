// The resources library holds only Qt resources; this translation unit gives it a body.
namespace youfu {
int resourcesAnchor()
{
    return 0;
}
} // namespace youfu
