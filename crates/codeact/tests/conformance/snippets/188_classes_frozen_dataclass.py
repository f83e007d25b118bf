from dataclasses import dataclass, FrozenInstanceError, replace


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return replace(self, lat=round(self.lat + dlat, 4), lon=round(self.lon + dlon, 4))


home = Coordinate(40.7128, -74.006)
print(home)
try:
    home.lat = 0
except FrozenInstanceError as error:
    print("cannot modify:", type(error).__name__)
office = home.moved(0.05, -0.01)
print(office, home)
visited = {home, office, Coordinate(40.7128, -74.006)}
print(len(visited))
lookup = {home: "home", office: "office"}
print(lookup[Coordinate(40.7128, -74.006)])
print(home == Coordinate(40.7128, -74.006), home is Coordinate(40.7128, -74.006))
