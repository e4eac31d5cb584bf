/// What `BandedSearch` asks of a cost model: the cost of a path through one more bead, and of passing a
/// cell. Rows count Chinese sentences consumed, columns English ones, both from the search's origin.
///
/// A scorer is a concrete type the search is specialised for: no dynamic dispatch per cell.
package protocol BeadScorer {
    associatedtype Cost: BinaryFloatingPoint

    /// Cost taken off a one-sided bead whose predecessor is a bead of the same shape.
    var runDiscount: Cost { get }

    /// Whether a path of cost `previous` (`.infinity` where no path reaches) may become one below `best`
    /// with a bead more: false skips the bead without `extend`.
    func mayExtend(_ previous: Cost, below best: Cost) -> Bool

    /// `previous`, the cost of the path to (`fromRow`, `fromColumn`), plus that of a two-sided bead of
    /// `shapes[shape]` from there to (`row`, `column`); when that cannot be below `best` (or the bead is
    /// not allowed), any value at least `best`.
    func extend(
        _ previous: Cost, shape: Int, fromRow: Int, fromColumn: Int, row: Int, column: Int, best: Cost
    ) -> Cost

    /// `extend` for a one-sided bead, before the run discount: `.infinity` where `extend` may give any
    /// value at least `best` (the discount could bring that below it).
    func extendOneSided(
        _ previous: Cost, shape: Int, fromRow: Int, fromColumn: Int, row: Int, column: Int, best: Cost
    ) -> Cost

    /// Cost of a path passing cell (`row`, `column`).
    func positionCost(row: Int, column: Int) -> Cost
}
