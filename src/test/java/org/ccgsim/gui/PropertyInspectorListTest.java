package org.ccgsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import sim.portrayal.inspector.PropertyInspector;
import sim.util.Bag;

/** The magnifying glass offers only inspectors that work with JFreeChart 1.5. */
class PropertyInspectorListTest {
    @Test
    void ourListReplacesMasons() throws Exception {
        Bag names = PropertyInspector.getPropertyInspectorClassNames();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < names.numObjs; i++) list.add((String) names.objs[i]);
        assertTrue(list.contains(PropertyChartInspector.class.getName()), list.toString());
        assertTrue(list.stream().noneMatch(n -> n.contains("Charting")), "MASON's JFreeChart 1.0 inspectors are gone: " + list);
        for (String n : list) {
            Class.forName(n); // loads without NoClassDefFoundError
            assertTrue(PropertyInspector.getMenuNameForPropertyInspectorClass(n) != null, n);
        }
        assertEquals("Chart over time", PropertyInspector.getMenuNameForPropertyInspectorClass(PropertyChartInspector.class.getName()));
    }

    @Test
    void numbersAndTruthChart() {
        assertEquals(0.25, PropertyChartInspector.valueOf(0.25));
        assertEquals(3.0, PropertyChartInspector.valueOf(3L));
        assertEquals(1.0, PropertyChartInspector.valueOf(true));
        assertTrue(Double.isNaN(PropertyChartInspector.valueOf("signed")));
    }
}
