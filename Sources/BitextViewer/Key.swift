/// A key press, decoded from the terminal's bytes.
package enum Key: Sendable, Hashable {
    case character(Character)
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    case enter
    case escape
    case backspace
    case tab
    /// Ctrl and a letter, such as `.control("c")`.
    case control(Character)
}
